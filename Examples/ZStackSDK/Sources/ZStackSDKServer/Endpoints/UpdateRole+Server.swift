import ZStackSDK

/// The server side of ``UpdateRole``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/identities/roles/{uuid}/actions`, asynchronous.
nonisolated enum UpdateRoleServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateRole.operation, bodyWrapper: "updateRole") { call in
            let request = try call.decodeBody(wrapper: "updateRole") { body in
                let name = try body.wrappedField(String.self, "name")
                let description = try body.wrappedField(String.self, "description")
                let statements = try body.wrappedField([PolicyStatement].self, "statements")
                let policyUuids = try body.wrappedField([String].self, "policyUuids")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return UpdateRole.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    name: name,
                    description: description,
                    statements: statements,
                    policyUuids: policyUuids,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.updateRole(request) }
        }
    }
}
