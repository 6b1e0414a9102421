import ZStackSDK

/// The server side of ``BackupDataVolume``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/volumes/{uuid}/actions`, asynchronous.
nonisolated enum BackupDataVolumeServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: BackupDataVolume.operation, bodyWrapper: "backupDataVolume") { call in
            let request = try call.decodeBody(wrapper: "backupDataVolume") { body in
                let backupStorageUuid = try body.wrappedField(String.self, "backupStorageUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return BackupDataVolume.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    backupStorageUuid: backupStorageUuid,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.backupDataVolume(request) }
        }
    }
}
