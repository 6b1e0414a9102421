import ZStackSDK

/// The server side of ``AttachBackupStorageToZone``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/zones/{zoneUuid}/backup-storage/{backupStorageUuid}`, asynchronous.
nonisolated enum AttachBackupStorageToZoneServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AttachBackupStorageToZone.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return AttachBackupStorageToZone.Request(
                    zoneUuid: try call.pathParameter("zoneUuid", as: String.self),
                    backupStorageUuid: try call.pathParameter("backupStorageUuid", as: String.self),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.attachBackupStorageToZone(request) }
        }
    }
}
