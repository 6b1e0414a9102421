import ZStackSDK

/// The server side of ``GetLocalStorageHostDiskCapacity``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/primary-storage/local-storage/{primaryStorageUuid}/capacities`, synchronous.
nonisolated enum GetLocalStorageHostDiskCapacityServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetLocalStorageHostDiskCapacity.operation, bodyWrapper: nil) { call in
            let request = GetLocalStorageHostDiskCapacity.Request(
                primaryStorageUuid: try call.pathParameter("primaryStorageUuid", as: String.self),
                hostUuid: try call.queryParameter("hostUuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getLocalStorageHostDiskCapacity(request) }
        }
    }
}
