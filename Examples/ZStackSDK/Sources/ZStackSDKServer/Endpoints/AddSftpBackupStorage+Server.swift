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
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "params"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var hostname: String?
            var username: String?
            var password: String?
            var sshPort: Int?
            var url: String?
            var name: String?
            var description: String?
            var type: String?
            var importImages: Bool?
            var resourceUuid: String?
            var systemTags: [String]?
            var userTags: [String]?
            var tagUuids: [String]?

            private enum CodingKeys: String, CodingKey {
                case hostname = "hostname"
                case username = "username"
                case password = "password"
                case sshPort = "sshPort"
                case url = "url"
                case name = "name"
                case description = "description"
                case type = "type"
                case importImages = "importImages"
                case resourceUuid = "resourceUuid"
                case systemTags = "systemTags"
                case userTags = "userTags"
                case tagUuids = "tagUuids"
            }
        }
    }
}
