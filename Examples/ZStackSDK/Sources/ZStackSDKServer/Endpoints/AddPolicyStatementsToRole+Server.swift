import ZStackSDK

/// The server side of ``AddPolicyStatementsToRole``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/identities/roles/{uuid}/policy-statements`, asynchronous.
nonisolated enum AddPolicyStatementsToRoleServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddPolicyStatementsToRole.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let statements = try body.wrappedField([PolicyStatement].self, "statements")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return AddPolicyStatementsToRole.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    statements: try call.required(statements, .bodyField("params.statements")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.addPolicyStatementsToRole(request) }
        }
    }
}
