import ZStackSDK

/// The server side of ``DetachRoleFromAccount``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/identities/accounts/{accountUuid}/roles/{roleUuid}`, asynchronous.
nonisolated enum DetachRoleFromAccountServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DetachRoleFromAccount.operation, bodyWrapper: nil) { call in
            let request = DetachRoleFromAccount.Request(
                roleUuid: try call.pathParameter("roleUuid", as: String.self),
                accountUuid: try call.pathParameter("accountUuid", as: String.self),
                deleteMode: try call.queryParameter("deleteMode", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.detachRoleFromAccount(request) }
        }
    }
}
