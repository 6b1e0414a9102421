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
            let body = try call.decodeBody(Body.self)
            let request = UpdateSftpBackupStorage.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                username: body.wrapped?.username,
                password: body.wrapped?.password,
                hostname: body.wrapped?.hostname,
                sshPort: body.wrapped?.sshPort,
                name: body.wrapped?.name,
                description: body.wrapped?.description,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.updateSftpBackupStorage(request) }
        }
    }

    /// The JSON body of a request: `{"updateSftpBackupStorage": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "updateSftpBackupStorage")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let username: String?
            let password: String?
            let hostname: String?
            let sshPort: Int?
            let name: String?
            let description: String?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.username = try object.optionalValue(String.self, forKey: "username")
                self.password = try object.optionalValue(String.self, forKey: "password")
                self.hostname = try object.optionalValue(String.self, forKey: "hostname")
                self.sshPort = try object.optionalValue(Int.self, forKey: "sshPort")
                self.name = try object.optionalValue(String.self, forKey: "name")
                self.description = try object.optionalValue(String.self, forKey: "description")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
