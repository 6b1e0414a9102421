import HTTPTypes

/// UpdateExternalPrimaryStorage
///
/// 更新外部存储
///
/// `PUT /zstack/v1/primary-storage/addon/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: storage.primary
public nonisolated enum UpdateExternalPrimaryStorage {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "UpdateExternalPrimaryStorage",
        method: .put,
        pathTemplate: "/zstack/v1/primary-storage/addon/{uuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源的UUID，唯一标示该资源
        public var uuid: String

        /// 配置
        public var config: String?

        /// 默认协议
        public var defaultProtocol: UpdateExternalPrimaryStorageDefaultProtocol?

        /// 资源名称
        public var name: String?

        /// 资源的详细描述
        public var description: String?

        /// The `url` field.
        public var url: String?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - config: 配置
        ///   - defaultProtocol: 默认协议
        ///   - name: 资源名称
        ///   - description: 资源的详细描述
        ///   - url: The `url` field.
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            uuid: String,
            config: String? = nil,
            defaultProtocol: UpdateExternalPrimaryStorageDefaultProtocol? = nil,
            name: String? = nil,
            description: String? = nil,
            url: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.uuid = uuid
            self.config = config
            self.defaultProtocol = defaultProtocol
            self.name = name
            self.description = description
            self.url = url
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"updateExternalPrimaryStorage": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "updateExternalPrimaryStorage"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var config: String?
            var defaultProtocol: UpdateExternalPrimaryStorageDefaultProtocol?
            var name: String?
            var description: String?
            var url: String?

            init(_ request: Request) {
                self.config = request.config
                self.defaultProtocol = request.defaultProtocol
                self.name = request.name
                self.description = request.description
                self.url = request.url
            }

            private enum CodingKeys: String, CodingKey {
                case config = "config"
                case defaultProtocol = "defaultProtocol"
                case name = "name"
                case description = "description"
                case url = "url"
            }
        }
    }

    /// 更新外部存储结果
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
    /// UpdateExternalPrimaryStorage
    ///
    /// 更新外部存储
    ///
    /// `PUT /zstack/v1/primary-storage/addon/{uuid}/actions`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - config: 配置
    ///   - defaultProtocol: 默认协议
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - url: The `url` field.
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 更新外部存储结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateExternalPrimaryStorage(
        uuid: String,
        config: String? = nil,
        defaultProtocol: UpdateExternalPrimaryStorageDefaultProtocol? = nil,
        name: String? = nil,
        description: String? = nil,
        url: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateExternalPrimaryStorage.Response {
        try await updateExternalPrimaryStorage(
            UpdateExternalPrimaryStorage.Request(
                uuid: uuid,
                config: config,
                defaultProtocol: defaultProtocol,
                name: name,
                description: description,
                url: url,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// UpdateExternalPrimaryStorage
    ///
    /// 更新外部存储
    ///
    /// `PUT /zstack/v1/primary-storage/addon/{uuid}/actions`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 更新外部存储结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateExternalPrimaryStorage(
        _ request: UpdateExternalPrimaryStorage.Request,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateExternalPrimaryStorage.Response {
        var call = ZStackRequestBuilder(operation: UpdateExternalPrimaryStorage.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = UpdateExternalPrimaryStorage.Body(request)
        return try await perform(call, polling: polling)
    }
}
