import ZStackSDK

/// The server side of ``RemovePolicyStatementsFromRole``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/identities/roles/{uuid}/policy-statements`, asynchronous.
nonisolated enum RemovePolicyStatementsFromRoleServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: RemovePolicyStatementsFromRole.operation, bodyWrapper: nil) { call in
            let request = RemovePolicyStatementsFromRole.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                policyStatementUuids: try call.required(
                    try call.queryParameters("policyStatementUuids", as: String.self),
                    .queryParameter("policyStatementUuids")
                ),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.removePolicyStatementsFromRole(request) }
        }
    }
}
