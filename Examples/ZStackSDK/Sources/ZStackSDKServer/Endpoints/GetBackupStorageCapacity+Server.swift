import ZStackSDK

/// The server side of ``GetBackupStorageCapacity``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/backup-storage/capacities`, synchronous.
nonisolated enum GetBackupStorageCapacityServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetBackupStorageCapacity.operation, bodyWrapper: nil) { call in
            let request = GetBackupStorageCapacity.Request(
                zoneUuids: try call.queryParameters("zoneUuids", as: String.self),
                backupStorageUuids: try call.queryParameters("backupStorageUuids", as: String.self),
                all: try call.queryParameter("all", as: Bool.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getBackupStorageCapacity(request) }
        }
    }
}
