import ZStackSDK

/// The server side of ``CleanUpTrashOnBackupStorage``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/backup-storage/{uuid}/trash/actions`, asynchronous.
nonisolated enum CleanUpTrashOnBackupStorageServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: CleanUpTrashOnBackupStorage.operation,
            bodyWrapper: "cleanUpTrashOnBackupStorage"
        ) { call in
            let request = try call.decodeBody(wrapper: "cleanUpTrashOnBackupStorage") { body in
                let trashId = try body.wrappedField(Int64.self, "trashId")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return CleanUpTrashOnBackupStorage.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    trashId: trashId,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.cleanUpTrashOnBackupStorage(request) }
        }
    }
}
