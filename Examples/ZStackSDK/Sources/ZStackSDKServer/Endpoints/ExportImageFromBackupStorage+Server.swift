import ZStackSDK

/// The server side of ``ExportImageFromBackupStorage``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/backup-storage/{backupStorageUuid}/actions`, asynchronous.
nonisolated enum ExportImageFromBackupStorageServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: ExportImageFromBackupStorage.operation,
            bodyWrapper: "exportImageFromBackupStorage"
        ) { call in
            let request = try call.decodeBody(wrapper: "exportImageFromBackupStorage") { body in
                let imageUuid = try body.wrappedField(String.self, "imageUuid")
                let exportFormat = try body.wrappedField(String.self, "exportFormat")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return ExportImageFromBackupStorage.Request(
                    backupStorageUuid: try call.pathParameter("backupStorageUuid", as: String.self),
                    imageUuid: try call.required(imageUuid, .bodyField("exportImageFromBackupStorage.imageUuid")),
                    exportFormat: exportFormat,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.exportImageFromBackupStorage(request) }
        }
    }
}
