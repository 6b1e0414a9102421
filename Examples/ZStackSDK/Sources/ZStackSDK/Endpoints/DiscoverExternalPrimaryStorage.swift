import HTTPTypes

/// DiscoverExternalPrimaryStorage
///
/// 发现外部存储
///
/// `POST /zstack/v1/primary-storage/addon/discover`, asynchronous, authorization required.
///
/// Category: storage.primary
public nonisolated enum DiscoverExternalPrimaryStorage {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "DiscoverExternalPrimaryStorage",
        method: .post,
        pathTemplate: "/zstack/v1/primary-storage/addon/discover",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// The `url` field.
        public var url: String

        /// 存储标识
        public var identity: String?

        /// 配置
        public var config: String?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - url: The `url` field.
        ///   - identity: 存储标识
        ///   - config: 配置
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            url: String,
            identity: String? = nil,
            config: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.url = url
            self.identity = identity
            self.config = config
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
            var identity: String?
            var config: String?

            init(_ request: Request) {
                self.url = request.url
                self.identity = request.identity
                self.config = request.config
            }

            private enum CodingKeys: String, CodingKey {
                case url = "url"
                case identity = "identity"
                case config = "config"
            }
        }
    }

    /// 发现外部存储
    public struct Response: Codable, Sendable, Hashable {
        /// The `inventory` field.
        public var inventory: ExternalPrimaryStorageInventory?

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
        public init(inventory: ExternalPrimaryStorageInventory? = nil, success: Bool? = nil, error: ErrorCode? = nil) {
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
    /// DiscoverExternalPrimaryStorage
    ///
    /// 发现外部存储
    ///
    /// `POST /zstack/v1/primary-storage/addon/discover`, asynchronous, authorization required. The method returns when
    /// the server's job has finished.
    ///
    /// - Parameters:
    ///   - url: The `url` field.
    ///   - identity: 存储标识
    ///   - config: 配置
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 发现外部存储
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func discoverExternalPrimaryStorage(
        url: String,
        identity: String? = nil,
        config: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> DiscoverExternalPrimaryStorage.Response {
        try await discoverExternalPrimaryStorage(
            DiscoverExternalPrimaryStorage.Request(
                url: url,
                identity: identity,
                config: config,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// DiscoverExternalPrimaryStorage
    ///
    /// 发现外部存储
    ///
    /// `POST /zstack/v1/primary-storage/addon/discover`, asynchronous, authorization required. The method returns when
    /// the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 发现外部存储
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func discoverExternalPrimaryStorage(
        _ request: DiscoverExternalPrimaryStorage.Request,
        polling: ZStackPolling? = nil
    ) async throws -> DiscoverExternalPrimaryStorage.Response {
        var call = ZStackRequestBuilder(operation: DiscoverExternalPrimaryStorage.operation)
        call.jsonBody = DiscoverExternalPrimaryStorage.Body(request)
        return try await perform(call, polling: polling)
    }
}
