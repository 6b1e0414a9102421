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
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "updateSftpBackupStorage"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var username: String?
            var password: String?
            var hostname: String?
            var sshPort: Int?
            var name: String?
            var description: String?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case username = "username"
                case password = "password"
                case hostname = "hostname"
                case sshPort = "sshPort"
                case name = "name"
                case description = "description"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
