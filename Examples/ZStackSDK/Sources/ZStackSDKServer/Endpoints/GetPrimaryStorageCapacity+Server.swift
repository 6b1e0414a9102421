import ZStackSDK

/// The server side of ``GetPrimaryStorageCapacity``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/primary-storage/capacities`, synchronous.
nonisolated enum GetPrimaryStorageCapacityServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetPrimaryStorageCapacity.operation, bodyWrapper: nil) { call in
            let request = GetPrimaryStorageCapacity.Request(
                zoneUuids: try call.queryParameters("zoneUuids", as: String.self),
                clusterUuids: try call.queryParameters("clusterUuids", as: String.self),
                primaryStorageUuids: try call.queryParameters("primaryStorageUuids", as: String.self),
                all: try call.queryParameter("all", as: Bool.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getPrimaryStorageCapacity(request) }
        }
    }
}
