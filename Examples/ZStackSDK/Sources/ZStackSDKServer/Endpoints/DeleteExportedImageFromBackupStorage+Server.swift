import ZStackSDK

/// The server side of ``DeleteExportedImageFromBackupStorage``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/backup-storage/{backupStorageUuid}/exported-images/{imageUuid}`, asynchronous.
nonisolated enum DeleteExportedImageFromBackupStorageServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DeleteExportedImageFromBackupStorage.operation, bodyWrapper: nil) { call in
            let request = DeleteExportedImageFromBackupStorage.Request(
                backupStorageUuid: try call.pathParameter("backupStorageUuid", as: String.self),
                imageUuid: try call.pathParameter("imageUuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.deleteExportedImageFromBackupStorage(request) }
        }
    }
}
