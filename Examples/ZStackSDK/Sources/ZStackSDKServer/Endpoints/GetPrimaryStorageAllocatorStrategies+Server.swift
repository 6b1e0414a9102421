import ZStackSDK

/// The server side of ``GetPrimaryStorageAllocatorStrategies``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/primary-storage/allocators/strategies`, synchronous.
nonisolated enum GetPrimaryStorageAllocatorStrategiesServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetPrimaryStorageAllocatorStrategies.operation, bodyWrapper: nil) { call in
            let request = GetPrimaryStorageAllocatorStrategies.Request(
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getPrimaryStorageAllocatorStrategies(request) }
        }
    }
}
