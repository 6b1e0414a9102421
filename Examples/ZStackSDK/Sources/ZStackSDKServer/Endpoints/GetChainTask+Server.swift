import ZStackSDK

/// The server side of ``GetChainTask``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/core/task-details`, synchronous.
nonisolated enum GetChainTaskServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetChainTask.operation, bodyWrapper: nil) { call in
            let request = GetChainTask.Request(
                syncSignatures: try call.queryParameters("syncSignatures", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getChainTask(request) }
        }
    }
}
