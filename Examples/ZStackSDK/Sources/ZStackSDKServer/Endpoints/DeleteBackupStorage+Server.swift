import ZStackSDK

/// The server side of ``DeleteBackupStorage``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/backup-storage/{uuid}`, asynchronous.
nonisolated enum DeleteBackupStorageServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DeleteBackupStorage.operation, bodyWrapper: nil) { call in
            let request = DeleteBackupStorage.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                deleteMode: try call.queryParameter("deleteMode", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.deleteBackupStorage(request) }
        }
    }
}
