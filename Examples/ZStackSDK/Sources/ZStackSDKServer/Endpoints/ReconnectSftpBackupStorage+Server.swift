import ZStackSDK

/// The server side of ``ReconnectSftpBackupStorage``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/backup-storage/sftp/{uuid}/actions`, asynchronous.
nonisolated enum ReconnectSftpBackupStorageServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: ReconnectSftpBackupStorage.operation,
            bodyWrapper: "reconnectSftpBackupStorage"
        ) { call in
            let request = try call.decodeBody(wrapper: "reconnectSftpBackupStorage") { body in
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return ReconnectSftpBackupStorage.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.reconnectSftpBackupStorage(request) }
        }
    }
}
