import ZStackSDK

/// The server side of ``AddSftpBackupStorage``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/backup-storage/sftp`, asynchronous.
nonisolated enum AddSftpBackupStorageServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddSftpBackupStorage.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = AddSftpBackupStorage.Request(
                hostname: try call.required(body.wrapped?.hostname, .bodyField("params.hostname")),
                username: try call.required(body.wrapped?.username, .bodyField("params.username")),
                password: try call.required(body.wrapped?.password, .bodyField("params.password")),
                url: try call.required(body.wrapped?.url, .bodyField("params.url")),
                name: try call.required(body.wrapped?.name, .bodyField("params.name")),
                sshPort: body.wrapped?.sshPort,
                description: body.wrapped?.description,
                type: body.wrapped?.type,
                importImages: body.wrapped?.importImages,
                resourceUuid: body.wrapped?.resourceUuid,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                tagUuids: body.wrapped?.tagUuids
            )
            return { try await handler.addSftpBackupStorage(request) }
        }
    }

    /// The JSON body of a request: `{"params": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "params")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let hostname: String?
            let username: String?
            let password: String?
            let sshPort: Int?
            let url: String?
            let name: String?
            let description: String?
            let type: String?
            let importImages: Bool?
            let resourceUuid: String?
            let systemTags: [String]?
            let userTags: [String]?
            let tagUuids: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.hostname = try object.optionalValue(String.self, forKey: "hostname")
                self.username = try object.optionalValue(String.self, forKey: "username")
                self.password = try object.optionalValue(String.self, forKey: "password")
                self.sshPort = try object.optionalValue(Int.self, forKey: "sshPort")
                self.url = try object.optionalValue(String.self, forKey: "url")
                self.name = try object.optionalValue(String.self, forKey: "name")
                self.description = try object.optionalValue(String.self, forKey: "description")
                self.type = try object.optionalValue(String.self, forKey: "type")
                self.importImages = try object.optionalValue(Bool.self, forKey: "importImages")
                self.resourceUuid = try object.optionalValue(String.self, forKey: "resourceUuid")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
                self.tagUuids = try object.optionalValue([String].self, forKey: "tagUuids")
            }
        }
    }
}
