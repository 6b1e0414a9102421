import HTTPTypes

/// AddExternalPrimaryStorage
///
/// 添加外部存储
///
/// `POST /zstack/v1/primary-storage/addon`, asynchronous, authorization required.
///
/// Category: storage.primary
public nonisolated enum AddExternalPrimaryStorage {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "AddExternalPrimaryStorage",
        method: .post,
        pathTemplate: "/zstack/v1/primary-storage/addon",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 存储标识
        public var identity: String

        /// 默认输出协议
        public var defaultOutputProtocol: AddExternalPrimaryStorageDefaultOutputProtocol

        /// The `url` field.
        public var url: String

        /// 资源名称
        public var name: String

        /// 区域UUID
        public var zoneUuid: String

        /// 配置
        public var config: String?

        /// 资源的详细描述
        public var description: String?

        /// 类型
        public var type: String?

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
        ///   - identity: 存储标识
        ///   - defaultOutputProtocol: 默认输出协议
        ///   - url: The `url` field.
        ///   - name: 资源名称
        ///   - zoneUuid: 区域UUID
        ///   - config: 配置
        ///   - description: 资源的详细描述
        ///   - type: 类型
        ///   - resourceUuid: 资源UUID
        ///   - tagUuids: 标签UUID列表
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            identity: String,
            defaultOutputProtocol: AddExternalPrimaryStorageDefaultOutputProtocol,
            url: String,
            name: String,
            zoneUuid: String,
            config: String? = nil,
            description: String? = nil,
            type: String? = nil,
            resourceUuid: String? = nil,
            tagUuids: [String]? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.identity = identity
            self.defaultOutputProtocol = defaultOutputProtocol
            self.url = url
            self.name = name
            self.zoneUuid = zoneUuid
            self.config = config
            self.description = description
            self.type = type
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
            var defaultOutputProtocol: AddExternalPrimaryStorageDefaultOutputProtocol
            var config: String?
            var url: String
            var name: String
            var description: String?
            var type: String?
            var zoneUuid: String
            var resourceUuid: String?
            var tagUuids: [String]?

            init(_ request: Request) {
                self.identity = request.identity
                self.defaultOutputProtocol = request.defaultOutputProtocol
                self.config = request.config
                self.url = request.url
                self.name = request.name
                self.description = request.description
                self.type = request.type
                self.zoneUuid = request.zoneUuid
                self.resourceUuid = request.resourceUuid
                self.tagUuids = request.tagUuids
            }

            private enum CodingKeys: String, CodingKey {
                case identity = "identity"
                case defaultOutputProtocol = "defaultOutputProtocol"
                case config = "config"
                case url = "url"
                case name = "name"
                case description = "description"
                case type = "type"
                case zoneUuid = "zoneUuid"
                case resourceUuid = "resourceUuid"
                case tagUuids = "tagUuids"
            }
        }
    }

    /// 主存储清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: PrimaryStorageInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: PrimaryStorageInventory? = nil) {
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
    /// AddExternalPrimaryStorage
    ///
    /// 添加外部存储
    ///
    /// `POST /zstack/v1/primary-storage/addon`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - identity: 存储标识
    ///   - defaultOutputProtocol: 默认输出协议
    ///   - url: The `url` field.
    ///   - name: 资源名称
    ///   - zoneUuid: 区域UUID
    ///   - config: 配置
    ///   - description: 资源的详细描述
    ///   - type: 类型
    ///   - resourceUuid: 资源UUID
    ///   - tagUuids: 标签UUID列表
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 主存储清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addExternalPrimaryStorage(
        identity: String,
        defaultOutputProtocol: AddExternalPrimaryStorageDefaultOutputProtocol,
        url: String,
        name: String,
        zoneUuid: String,
        config: String? = nil,
        description: String? = nil,
        type: String? = nil,
        resourceUuid: String? = nil,
        tagUuids: [String]? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AddExternalPrimaryStorage.Response {
        try await addExternalPrimaryStorage(
            AddExternalPrimaryStorage.Request(
                identity: identity,
                defaultOutputProtocol: defaultOutputProtocol,
                url: url,
                name: name,
                zoneUuid: zoneUuid,
                config: config,
                description: description,
                type: type,
                resourceUuid: resourceUuid,
                tagUuids: tagUuids,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// AddExternalPrimaryStorage
    ///
    /// 添加外部存储
    ///
    /// `POST /zstack/v1/primary-storage/addon`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 主存储清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addExternalPrimaryStorage(
        _ request: AddExternalPrimaryStorage.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AddExternalPrimaryStorage.Response {
        var call = ZStackRequestBuilder(operation: AddExternalPrimaryStorage.operation)
        call.jsonBody = AddExternalPrimaryStorage.Body(request)
        return try await perform(call, polling: polling)
    }
}
