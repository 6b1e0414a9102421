import ZStackSDK

/// The server side of ``CreateRole``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/identities/roles`, asynchronous.
nonisolated enum CreateRoleServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateRole.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let name = try body.wrappedField(String.self, "name")
                let description = try body.wrappedField(String.self, "description")
                let statements = try body.wrappedField([PolicyStatement].self, "statements")
                let policyUuids = try body.wrappedField([String].self, "policyUuids")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let identity = try body.wrappedField(String.self, "identity")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                return CreateRole.Request(
                    name: try call.required(name, .bodyField("params.name")),
                    description: description,
                    statements: statements,
                    policyUuids: policyUuids,
                    resourceUuid: resourceUuid,
                    systemTags: systemTags,
                    userTags: userTags,
                    identity: identity,
                    tagUuids: tagUuids
                )
            }
            return { try await handler.createRole(request) }
        }
    }
}
