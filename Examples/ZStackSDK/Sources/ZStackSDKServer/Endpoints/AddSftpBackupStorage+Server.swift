import ZStackSDK

/// The server side of ``AddSftpBackupStorage``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/backup-storage/sftp`, asynchronous.
nonisolated enum AddSftpBackupStorageServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddSftpBackupStorage.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let hostname = try body.wrappedField(String.self, "hostname")
                let username = try body.wrappedField(String.self, "username")
                let password = try body.wrappedField(String.self, "password")
                let url = try body.wrappedField(String.self, "url")
                let name = try body.wrappedField(String.self, "name")
                let sshPort = try body.wrappedField(Int.self, "sshPort")
                let description = try body.wrappedField(String.self, "description")
                let type = try body.wrappedField(String.self, "type")
                let importImages = try body.wrappedField(Bool.self, "importImages")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                return AddSftpBackupStorage.Request(
                    hostname: try call.required(hostname, .bodyField("params.hostname")),
                    username: try call.required(username, .bodyField("params.username")),
                    password: try call.required(password, .bodyField("params.password")),
                    url: try call.required(url, .bodyField("params.url")),
                    name: try call.required(name, .bodyField("params.name")),
                    sshPort: sshPort,
                    description: description,
                    type: type,
                    importImages: importImages,
                    resourceUuid: resourceUuid,
                    systemTags: systemTags,
                    userTags: userTags,
                    tagUuids: tagUuids
                )
            }
            return { try await handler.addSftpBackupStorage(request) }
        }
    }
}
