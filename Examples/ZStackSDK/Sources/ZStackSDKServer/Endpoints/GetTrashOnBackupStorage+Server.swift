import ZStackSDK

/// The server side of ``GetTrashOnBackupStorage``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/backup-storage/trash`, synchronous.
nonisolated enum GetTrashOnBackupStorageServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetTrashOnBackupStorage.operation, bodyWrapper: nil) { call in
            let request = GetTrashOnBackupStorage.Request(
                uuid: try call.required(try call.queryParameter("uuid", as: String.self), .queryParameter("uuid")),
                resourceUuid: try call.queryParameter("resourceUuid", as: String.self),
                resourceType: try call.queryParameter("resourceType", as: String.self),
                trashType: try call.queryParameter("trashType", as: GetTrashOnBackupStorageTrashType.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getTrashOnBackupStorage(request) }
        }
    }
}
