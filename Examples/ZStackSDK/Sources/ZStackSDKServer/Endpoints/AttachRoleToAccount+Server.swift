import ZStackSDK

/// The server side of ``AttachRoleToAccount``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/identities/accounts/{accountUuid}/roles/{roleUuid}`, asynchronous.
nonisolated enum AttachRoleToAccountServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AttachRoleToAccount.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return AttachRoleToAccount.Request(
                    roleUuid: try call.pathParameter("roleUuid", as: String.self),
                    accountUuid: try call.pathParameter("accountUuid", as: String.self),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.attachRoleToAccount(request) }
        }
    }
}
