import ZStackSDK

/// The server side of ``CreatePolicy``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/accounts/policies`, asynchronous.
nonisolated enum CreatePolicyServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreatePolicy.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let name = try body.wrappedField(String.self, "name")
                let statements = try body.wrappedField([PolicyStatement].self, "statements")
                let description = try body.wrappedField(String.self, "description")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                return CreatePolicy.Request(
                    name: try call.required(name, .bodyField("params.name")),
                    statements: try call.required(statements, .bodyField("params.statements")),
                    description: description,
                    resourceUuid: resourceUuid,
                    systemTags: systemTags,
                    userTags: userTags,
                    tagUuids: tagUuids
                )
            }
            return { try await handler.createPolicy(request) }
        }
    }
}
