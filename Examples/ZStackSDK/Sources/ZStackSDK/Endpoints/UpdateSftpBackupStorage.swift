import HTTPTypes

/// 更新Sftp镜像服务器属性(UpdateSftpBackupStorage)
///
/// 更新Sftp镜像服务器属性
///
/// `PUT /zstack/v1/backup-storage/sftp/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: storage.backup.sftp
public nonisolated enum UpdateSftpBackupStorage {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "UpdateSftpBackupStorage",
        method: .put,
        pathTemplate: "/zstack/v1/backup-storage/sftp/{uuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 镜像服务器的UUID，唯一标示该资源
        public var uuid: String

        /// 镜像服务器登录用户名
        public var username: String?

        /// 镜像服务器登录密码
        public var password: String?

        /// 镜像服务器所在的物理机地址
        public var hostname: String?

        /// 镜像服务器所在物理机的登录端口
        public var sshPort: Int?

        /// 镜像服务器名称
        public var name: String?

        /// 镜像服务器的详细描述
        public var description: String?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 镜像服务器的UUID，唯一标示该资源
        ///   - username: 镜像服务器登录用户名
        ///   - password: 镜像服务器登录密码
        ///   - hostname: 镜像服务器所在的物理机地址
        ///   - sshPort: 镜像服务器所在物理机的登录端口
        ///   - name: 镜像服务器名称
        ///   - description: 镜像服务器的详细描述
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            uuid: String,
            username: String? = nil,
            password: String? = nil,
            hostname: String? = nil,
            sshPort: Int? = nil,
            name: String? = nil,
            description: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.uuid = uuid
            self.username = username
            self.password = password
            self.hostname = hostname
            self.sshPort = sshPort
            self.name = name
            self.description = description
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"updateSftpBackupStorage": {...}}`, with the fields outside the wrapper beside it.
    struct Body: Encodable {
        var wrapped: Wrapped
        var systemTags: [String]?
        var userTags: [String]?

        init(_ request: Request) {
            self.wrapped = Wrapped(request)
            self.systemTags = request.systemTags
            self.userTags = request.userTags
        }

        private enum CodingKeys: String, CodingKey {
            case wrapped = "updateSftpBackupStorage"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var username: String?
            var password: String?
            var hostname: String?
            var sshPort: Int?
            var name: String?
            var description: String?

            init(_ request: Request) {
                self.username = request.username
                self.password = request.password
                self.hostname = request.hostname
                self.sshPort = request.sshPort
                self.name = request.name
                self.description = request.description
            }

            private enum CodingKeys: String, CodingKey {
                case username = "username"
                case password = "password"
                case hostname = "hostname"
                case sshPort = "sshPort"
                case name = "name"
                case description = "description"
            }
        }
    }

    /// 镜像服务器清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: BackupStorageInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: BackupStorageInventory? = nil) {
            self.success = success
            self.error = error
            self.inventory = inventory
        }

        private enum CodingKeys: String, CodingKey {
            case success = "success"
            case error = "error"
            case inventory = "inventory"
        }
    }
}

nonisolated extension ZStackClient {
    /// 更新Sftp镜像服务器属性(UpdateSftpBackupStorage)
    ///
    /// 更新Sftp镜像服务器属性
    ///
    /// `PUT /zstack/v1/backup-storage/sftp/{uuid}/actions`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 镜像服务器的UUID，唯一标示该资源
    ///   - username: 镜像服务器登录用户名
    ///   - password: 镜像服务器登录密码
    ///   - hostname: 镜像服务器所在的物理机地址
    ///   - sshPort: 镜像服务器所在物理机的登录端口
    ///   - name: 镜像服务器名称
    ///   - description: 镜像服务器的详细描述
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 镜像服务器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateSftpBackupStorage(
        uuid: String,
        username: String? = nil,
        password: String? = nil,
        hostname: String? = nil,
        sshPort: Int? = nil,
        name: String? = nil,
        description: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateSftpBackupStorage.Response {
        try await updateSftpBackupStorage(
            UpdateSftpBackupStorage.Request(
                uuid: uuid,
                username: username,
                password: password,
                hostname: hostname,
                sshPort: sshPort,
                name: name,
                description: description,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// 更新Sftp镜像服务器属性(UpdateSftpBackupStorage)
    ///
    /// 更新Sftp镜像服务器属性
    ///
    /// `PUT /zstack/v1/backup-storage/sftp/{uuid}/actions`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 镜像服务器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateSftpBackupStorage(
        _ request: UpdateSftpBackupStorage.Request,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateSftpBackupStorage.Response {
        var call = ZStackRequestBuilder(operation: UpdateSftpBackupStorage.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = UpdateSftpBackupStorage.Body(request)
        return try await perform(call, polling: polling)
    }
}
