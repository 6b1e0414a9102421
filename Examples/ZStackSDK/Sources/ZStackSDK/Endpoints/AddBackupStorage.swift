import HTTPTypes

/// 添加镜像服务器(AddBackupStorage)
///
/// 添加镜像服务器
///
/// `POST /zstack/v1/backup-storage`, asynchronous, authorization required.
///
/// Category: storage.backup
public nonisolated enum AddBackupStorage {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "AddBackupStorage",
        method: .post,
        pathTemplate: "/zstack/v1/backup-storage",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 镜像服务器地址
        public var url: String

        /// 镜像服务器名字
        public var name: String

        /// 镜像服务器的详细描述
        public var description: String?

        /// 镜像服务器的类型
        public var type: String?

        /// 标记是否要导入镜像服务器中的镜像
        public var importImages: Bool?

        /// 资源UUID。若指定，镜像服务器会使用该字段值作为UUID。
        public var resourceUuid: String?

        /// 镜像服务器系统标签
        public var systemTags: [String]?

        /// 镜像服务器用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - url: 镜像服务器地址
        ///   - name: 镜像服务器名字
        ///   - description: 镜像服务器的详细描述
        ///   - type: 镜像服务器的类型
        ///   - importImages: 标记是否要导入镜像服务器中的镜像
        ///   - resourceUuid: 资源UUID。若指定，镜像服务器会使用该字段值作为UUID。
        ///   - systemTags: 镜像服务器系统标签
        ///   - userTags: 镜像服务器用户标签
        public init(
            url: String,
            name: String,
            description: String? = nil,
            type: String? = nil,
            importImages: Bool? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.url = url
            self.name = name
            self.description = description
            self.type = type
            self.importImages = importImages
            self.resourceUuid = resourceUuid
            self.systemTags = systemTags
            self.userTags = userTags
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
            var url: String
            var name: String
            var description: String?
            var type: String?
            var importImages: Bool?
            var resourceUuid: String?

            init(_ request: Request) {
                self.url = request.url
                self.name = request.name
                self.description = request.description
                self.type = request.type
                self.importImages = request.importImages
                self.resourceUuid = request.resourceUuid
            }

            private enum CodingKeys: String, CodingKey {
                case url = "url"
                case name = "name"
                case description = "description"
                case type = "type"
                case importImages = "importImages"
                case resourceUuid = "resourceUuid"
            }
        }
    }

    /// 镜像服务器清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// 镜像服务器信息清单
        public var inventory: BackupStorageInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: 镜像服务器信息清单
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
    /// 添加镜像服务器(AddBackupStorage)
    ///
    /// 添加镜像服务器
    ///
    /// `POST /zstack/v1/backup-storage`, asynchronous, authorization required. The method returns when the server's job
    /// has finished.
    ///
    /// - Parameters:
    ///   - url: 镜像服务器地址
    ///   - name: 镜像服务器名字
    ///   - description: 镜像服务器的详细描述
    ///   - type: 镜像服务器的类型
    ///   - importImages: 标记是否要导入镜像服务器中的镜像
    ///   - resourceUuid: 资源UUID。若指定，镜像服务器会使用该字段值作为UUID。
    ///   - systemTags: 镜像服务器系统标签
    ///   - userTags: 镜像服务器用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 镜像服务器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addBackupStorage(
        url: String,
        name: String,
        description: String? = nil,
        type: String? = nil,
        importImages: Bool? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AddBackupStorage.Response {
        try await addBackupStorage(
            AddBackupStorage.Request(
                url: url,
                name: name,
                description: description,
                type: type,
                importImages: importImages,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// 添加镜像服务器(AddBackupStorage)
    ///
    /// 添加镜像服务器
    ///
    /// `POST /zstack/v1/backup-storage`, asynchronous, authorization required. The method returns when the server's job
    /// has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 镜像服务器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addBackupStorage(
        _ request: AddBackupStorage.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AddBackupStorage.Response {
        var call = ZStackRequestBuilder(operation: AddBackupStorage.operation)
        call.jsonBody = AddBackupStorage.Body(request)
        return try await perform(call, polling: polling)
    }
}
