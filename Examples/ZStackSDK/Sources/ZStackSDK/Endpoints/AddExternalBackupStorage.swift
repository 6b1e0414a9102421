import HTTPTypes

/// AddExternalBackupStorage
///
/// 添加外部镜像存储
///
/// `POST /zstack/v1/backup-storage/addon`, asynchronous, authorization required.
///
/// Category: storage.backup
public nonisolated enum AddExternalBackupStorage {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "AddExternalBackupStorage",
        method: .post,
        pathTemplate: "/zstack/v1/backup-storage/addon",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// The `identity` field.
        public var identity: String

        /// The `url` field.
        public var url: String

        /// 资源名称
        public var name: String

        /// 资源的详细描述
        public var description: String?

        /// The `type` field.
        public var type: String?

        /// The `importImages` field.
        public var importImages: Bool?

        /// 资源UUID
        public var resourceUuid: String?

        /// 标签UUID列表
        public var tagUuids: [String]?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - identity: The `identity` field.
        ///   - url: The `url` field.
        ///   - name: 资源名称
        ///   - description: 资源的详细描述
        ///   - type: The `type` field.
        ///   - importImages: The `importImages` field.
        ///   - resourceUuid: 资源UUID
        ///   - tagUuids: 标签UUID列表
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            identity: String,
            url: String,
            name: String,
            description: String? = nil,
            type: String? = nil,
            importImages: Bool? = nil,
            resourceUuid: String? = nil,
            tagUuids: [String]? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.identity = identity
            self.url = url
            self.name = name
            self.description = description
            self.type = type
            self.importImages = importImages
            self.resourceUuid = resourceUuid
            self.tagUuids = tagUuids
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
            var identity: String
            var url: String
            var name: String
            var description: String?
            var type: String?
            var importImages: Bool?
            var resourceUuid: String?
            var tagUuids: [String]?

            init(_ request: Request) {
                self.identity = request.identity
                self.url = request.url
                self.name = request.name
                self.description = request.description
                self.type = request.type
                self.importImages = request.importImages
                self.resourceUuid = request.resourceUuid
                self.tagUuids = request.tagUuids
            }

            private enum CodingKeys: String, CodingKey {
                case identity = "identity"
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

    /// 添加外部镜像存储结果
    public struct Response: Codable, Sendable, Hashable {
        /// The `inventory` field.
        public var inventory: ExternalBackupStorageInventory?

        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - inventory: The `inventory` field.
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public init(inventory: ExternalBackupStorageInventory? = nil, success: Bool? = nil, error: ErrorCode? = nil) {
            self.inventory = inventory
            self.success = success
            self.error = error
        }

        private enum CodingKeys: String, CodingKey {
            case inventory = "inventory"
            case success = "success"
            case error = "error"
        }
    }
}

nonisolated extension ZStackClient {
    /// AddExternalBackupStorage
    ///
    /// 添加外部镜像存储
    ///
    /// `POST /zstack/v1/backup-storage/addon`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - identity: The `identity` field.
    ///   - url: The `url` field.
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - type: The `type` field.
    ///   - importImages: The `importImages` field.
    ///   - resourceUuid: 资源UUID
    ///   - tagUuids: 标签UUID列表
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 添加外部镜像存储结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addExternalBackupStorage(
        identity: String,
        url: String,
        name: String,
        description: String? = nil,
        type: String? = nil,
        importImages: Bool? = nil,
        resourceUuid: String? = nil,
        tagUuids: [String]? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AddExternalBackupStorage.Response {
        try await addExternalBackupStorage(
            AddExternalBackupStorage.Request(
                identity: identity,
                url: url,
                name: name,
                description: description,
                type: type,
                importImages: importImages,
                resourceUuid: resourceUuid,
                tagUuids: tagUuids,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// AddExternalBackupStorage
    ///
    /// 添加外部镜像存储
    ///
    /// `POST /zstack/v1/backup-storage/addon`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 添加外部镜像存储结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addExternalBackupStorage(
        _ request: AddExternalBackupStorage.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AddExternalBackupStorage.Response {
        var call = ZStackRequestBuilder(operation: AddExternalBackupStorage.operation)
        call.jsonBody = AddExternalBackupStorage.Body(request)
        return try await perform(call, polling: polling)
    }
}
