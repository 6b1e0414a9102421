import ZStackSDK

/// The server side of ``GetResourceAccount``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/resources/accounts`, synchronous.
nonisolated enum GetResourceAccountServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetResourceAccount.operation, bodyWrapper: nil) { call in
            let request = GetResourceAccount.Request(
                resourceUuids: try call.required(
                    try call.queryParameters("resourceUuids", as: String.self),
                    .queryParameter("resourceUuids")
                ),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getResourceAccount(request) }
        }
    }
}
