import ZStackSDK

/// The server side of ``DetachBackupStorageFromZone``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/zones/{zoneUuid}/backup-storage/{backupStorageUuid}`, asynchronous.
nonisolated enum DetachBackupStorageFromZoneServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DetachBackupStorageFromZone.operation, bodyWrapper: nil) { call in
            let request = DetachBackupStorageFromZone.Request(
                backupStorageUuid: try call.pathParameter("backupStorageUuid", as: String.self),
                zoneUuid: try call.pathParameter("zoneUuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.detachBackupStorageFromZone(request) }
        }
    }
}
