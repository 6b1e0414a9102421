import ZStackSDK

/// The server side of ``ZQLQuery``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/zql`, synchronous.
nonisolated enum ZQLQueryServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: ZQLQuery.operation, bodyWrapper: nil) { call in
            let request = ZQLQuery.Request(
                zql: try call.queryParameter("zql", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.zqlQuery(request) }
        }
    }
}
