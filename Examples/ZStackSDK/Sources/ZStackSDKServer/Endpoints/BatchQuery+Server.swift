import ZStackSDK

/// The server side of ``BatchQuery``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/batch-queries`, synchronous.
nonisolated enum BatchQueryServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: BatchQuery.operation, bodyWrapper: nil) { call in
            let request = BatchQuery.Request(
                script: try call.queryParameter("script", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.batchQuery(request) }
        }
    }
}
