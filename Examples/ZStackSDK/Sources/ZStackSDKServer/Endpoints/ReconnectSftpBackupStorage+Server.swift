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
            let body = try call.decodeBody(Body.self)
            let request = ReconnectSftpBackupStorage.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.reconnectSftpBackupStorage(request) }
        }
    }

    /// The JSON body of a request: `{"reconnectSftpBackupStorage": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "reconnectSftpBackupStorage"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
