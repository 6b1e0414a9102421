import HTTPTypes

/// UpdateGlobalConfig
///
/// 更新全局配置
///
/// 更新全局配置
///
/// `PUT /zstack/v1/global-configurations/{category}/{name}/actions`, asynchronous, authorization required.
///
/// Category: globalConfig
public nonisolated enum UpdateGlobalConfig {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "UpdateGlobalConfig",
        method: .put,
        pathTemplate: "/zstack/v1/global-configurations/{category}/{name}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 类型
        public var category: String

        /// 资源名称
        public var name: String

        /// 值
        public var value: String?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - category: 类型
        ///   - name: 资源名称
        ///   - value: 值
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            category: String,
            name: String,
            value: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.category = category
            self.name = name
            self.value = value
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"updateGlobalConfig": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "updateGlobalConfig"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var value: String?

            init(_ request: Request) {
                self.value = request.value
            }

            private enum CodingKeys: String, CodingKey {
                case value = "value"
            }
        }
    }

    /// 更新全局配置返回信息
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: GlobalConfigInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: GlobalConfigInventory? = nil) {
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
    /// UpdateGlobalConfig
    ///
    /// 更新全局配置
    ///
    /// 更新全局配置
    ///
    /// `PUT /zstack/v1/global-configurations/{category}/{name}/actions`, asynchronous, authorization required. The
    /// method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - category: 类型
    ///   - name: 资源名称
    ///   - value: 值
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 更新全局配置返回信息
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateGlobalConfig(
        category: String,
        name: String,
        value: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateGlobalConfig.Response {
        try await updateGlobalConfig(
            UpdateGlobalConfig.Request(
                category: category,
                name: name,
                value: value,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// UpdateGlobalConfig
    ///
    /// 更新全局配置
    ///
    /// 更新全局配置
    ///
    /// `PUT /zstack/v1/global-configurations/{category}/{name}/actions`, asynchronous, authorization required. The
    /// method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 更新全局配置返回信息
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateGlobalConfig(
        _ request: UpdateGlobalConfig.Request,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateGlobalConfig.Response {
        var call = ZStackRequestBuilder(operation: UpdateGlobalConfig.operation)
        call.setPathParameter("category", to: request.category)
        call.setPathParameter("name", to: request.name)
        call.jsonBody = UpdateGlobalConfig.Body(request)
        return try await perform(call, polling: polling)
    }
}
