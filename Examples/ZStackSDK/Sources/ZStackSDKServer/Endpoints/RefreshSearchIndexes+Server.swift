import ZStackSDK

/// The server side of ``RefreshSearchIndexes``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/search/indexes/refresh`, synchronous.
nonisolated enum RefreshSearchIndexesServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: RefreshSearchIndexes.operation, bodyWrapper: nil) { call in
            let request = RefreshSearchIndexes.Request(
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.refreshSearchIndexes(request) }
        }
    }
}
