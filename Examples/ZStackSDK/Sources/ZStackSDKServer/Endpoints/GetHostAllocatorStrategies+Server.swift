import ZStackSDK

/// The server side of ``GetHostAllocatorStrategies``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/hosts/allocators/strategies`, synchronous.
nonisolated enum GetHostAllocatorStrategiesServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetHostAllocatorStrategies.operation, bodyWrapper: nil) { call in
            let request = GetHostAllocatorStrategies.Request(
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getHostAllocatorStrategies(request) }
        }
    }
}
