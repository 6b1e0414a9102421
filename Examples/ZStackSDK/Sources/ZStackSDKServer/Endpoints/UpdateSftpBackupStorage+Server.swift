import ZStackSDK

/// The server side of ``UpdateSftpBackupStorage``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/backup-storage/sftp/{uuid}/actions`, asynchronous.
nonisolated enum UpdateSftpBackupStorageServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: UpdateSftpBackupStorage.operation,
            bodyWrapper: "updateSftpBackupStorage"
        ) { call in
            let request = try call.decodeBody(wrapper: "updateSftpBackupStorage") { body in
                let username = try body.wrappedField(String.self, "username")
                let password = try body.wrappedField(String.self, "password")
                let hostname = try body.wrappedField(String.self, "hostname")
                let sshPort = try body.wrappedField(Int.self, "sshPort")
                let name = try body.wrappedField(String.self, "name")
                let description = try body.wrappedField(String.self, "description")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return UpdateSftpBackupStorage.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    username: username,
                    password: password,
                    hostname: hostname,
                    sshPort: sshPort,
                    name: name,
                    description: description,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.updateSftpBackupStorage(request) }
        }
    }
}
