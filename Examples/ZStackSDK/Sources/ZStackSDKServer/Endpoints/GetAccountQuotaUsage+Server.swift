import ZStackSDK

/// The server side of ``GetAccountQuotaUsage``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/accounts/quota/{uuid}/usages`, synchronous.
nonisolated enum GetAccountQuotaUsageServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetAccountQuotaUsage.operation, bodyWrapper: nil) { call in
            let request = GetAccountQuotaUsage.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getAccountQuotaUsage(request) }
        }
    }
}
