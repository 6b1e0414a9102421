import HTTPTypes

/// 添加sftp镜像服务器(AddSftpBackupStorage)
///
/// 添加sftp镜像服务器
///
/// `POST /zstack/v1/backup-storage/sftp`, asynchronous, authorization required.
///
/// Category: storage.backup.sftp
public nonisolated enum AddSftpBackupStorage {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "AddSftpBackupStorage",
        method: .post,
        pathTemplate: "/zstack/v1/backup-storage/sftp",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 服务器主机地址
        public var hostname: String

        /// 服务器 SSH 用户名 (用于 Ansible 部署)
        public var username: String

        /// 服务器 SSH 用户密码
        public var password: String

        /// sftp数据存放地址
        public var url: String

        /// sftp镜像服务器名称
        public var name: String

        /// 服务器 SSH 端口
        public var sshPort: Int?

        /// sftp镜像服务器的详细描述
        public var description: String?

        /// 这里是 SftpBackupStorage
        public var type: String?

        /// 是否导入镜像
        public var importImages: Bool?

        /// 资源UUID。若指定，镜像服务器会使用该字段值作为UUID
        public var resourceUuid: String?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// 标签UUID列表
        public var tagUuids: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - hostname: 服务器主机地址
        ///   - username: 服务器 SSH 用户名 (用于 Ansible 部署)
        ///   - password: 服务器 SSH 用户密码
        ///   - url: sftp数据存放地址
        ///   - name: sftp镜像服务器名称
        ///   - sshPort: 服务器 SSH 端口
        ///   - description: sftp镜像服务器的详细描述
        ///   - type: 这里是 SftpBackupStorage
        ///   - importImages: 是否导入镜像
        ///   - resourceUuid: 资源UUID。若指定，镜像服务器会使用该字段值作为UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - tagUuids: 标签UUID列表
        public init(
            hostname: String,
            username: String,
            password: String,
            url: String,
            name: String,
            sshPort: Int? = nil,
            description: String? = nil,
            type: String? = nil,
            importImages: Bool? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            tagUuids: [String]? = nil
        ) {
            self.hostname = hostname
            self.username = username
            self.password = password
            self.url = url
            self.name = name
            self.sshPort = sshPort
            self.description = description
            self.type = type
            self.importImages = importImages
            self.resourceUuid = resourceUuid
            self.systemTags = systemTags
            self.userTags = userTags
            self.tagUuids = tagUuids
        }
    }

    /// The JSON body of a request: `{"params": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "params"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var hostname: String
            var username: String
            var password: String
            var sshPort: Int?
            var url: String
            var name: String
            var description: String?
            var type: String?
            var importImages: Bool?
            var resourceUuid: String?
            var tagUuids: [String]?

            init(_ request: Request) {
                self.hostname = request.hostname
                self.username = request.username
                self.password = request.password
                self.sshPort = request.sshPort
                self.url = request.url
                self.name = request.name
                self.description = request.description
                self.type = request.type
                self.importImages = request.importImages
                self.resourceUuid = request.resourceUuid
                self.tagUuids = request.tagUuids
            }

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
                case tagUuids = "tagUuids"
            }
        }
    }

    /// Sftp镜像服务器清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: SftpBackupStorageInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: SftpBackupStorageInventory? = nil) {
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
    /// 添加sftp镜像服务器(AddSftpBackupStorage)
    ///
    /// 添加sftp镜像服务器
    ///
    /// `POST /zstack/v1/backup-storage/sftp`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - hostname: 服务器主机地址
    ///   - username: 服务器 SSH 用户名 (用于 Ansible 部署)
    ///   - password: 服务器 SSH 用户密码
    ///   - url: sftp数据存放地址
    ///   - name: sftp镜像服务器名称
    ///   - sshPort: 服务器 SSH 端口
    ///   - description: sftp镜像服务器的详细描述
    ///   - type: 这里是 SftpBackupStorage
    ///   - importImages: 是否导入镜像
    ///   - resourceUuid: 资源UUID。若指定，镜像服务器会使用该字段值作为UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - tagUuids: 标签UUID列表
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: Sftp镜像服务器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addSftpBackupStorage(
        hostname: String,
        username: String,
        password: String,
        url: String,
        name: String,
        sshPort: Int? = nil,
        description: String? = nil,
        type: String? = nil,
        importImages: Bool? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        tagUuids: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AddSftpBackupStorage.Response {
        try await addSftpBackupStorage(
            AddSftpBackupStorage.Request(
                hostname: hostname,
                username: username,
                password: password,
                url: url,
                name: name,
                sshPort: sshPort,
                description: description,
                type: type,
                importImages: importImages,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                tagUuids: tagUuids
            ),
            polling: polling
        )
    }

    /// 添加sftp镜像服务器(AddSftpBackupStorage)
    ///
    /// 添加sftp镜像服务器
    ///
    /// `POST /zstack/v1/backup-storage/sftp`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: Sftp镜像服务器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addSftpBackupStorage(
        _ request: AddSftpBackupStorage.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AddSftpBackupStorage.Response {
        var call = ZStackRequestBuilder(operation: AddSftpBackupStorage.operation)
        call.jsonBody = AddSftpBackupStorage.Body(request)
        return try await perform(call, polling: polling)
    }
}
