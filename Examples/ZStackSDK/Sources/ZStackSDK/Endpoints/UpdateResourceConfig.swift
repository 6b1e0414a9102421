import HTTPTypes

/// UpdateResourceConfig
///
/// 更新资源高级设置
///
/// `PUT /zstack/v1/resource-configurations/{category}/{name}/{resourceUuid}/actions`, asynchronous, authorization
/// required.
///
/// Category: resourceConfig
public nonisolated enum UpdateResourceConfig {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "UpdateResourceConfig",
        method: .put,
        pathTemplate: "/zstack/v1/resource-configurations/{category}/{name}/{resourceUuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 设置类型
        public var category: String

        /// 设置名称
        public var name: String

        /// 设置的资源UUID
        public var resourceUuid: String

        /// 设置的值
        public var value: String

        /// The `systemTags` field.
        public var systemTags: [String]?

        /// The `userTags` field.
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - category: 设置类型
        ///   - name: 设置名称
        ///   - resourceUuid: 设置的资源UUID
        ///   - value: 设置的值
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        public init(
            category: String,
            name: String,
            resourceUuid: String,
            value: String,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.category = category
            self.name = name
            self.resourceUuid = resourceUuid
            self.value = value
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"updateResourceConfig": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "updateResourceConfig"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var value: String

            init(_ request: Request) {
                self.value = request.value
            }

            private enum CodingKeys: String, CodingKey {
                case value = "value"
            }
        }
    }

    /// 更新资源高级设置的结果
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: ResourceConfigInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: ResourceConfigInventory? = nil) {
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
    /// UpdateResourceConfig
    ///
    /// 更新资源高级设置
    ///
    /// `PUT /zstack/v1/resource-configurations/{category}/{name}/{resourceUuid}/actions`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - category: 设置类型
    ///   - name: 设置名称
    ///   - resourceUuid: 设置的资源UUID
    ///   - value: 设置的值
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 更新资源高级设置的结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateResourceConfig(
        category: String,
        name: String,
        resourceUuid: String,
        value: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateResourceConfig.Response {
        try await updateResourceConfig(
            UpdateResourceConfig.Request(
                category: category,
                name: name,
                resourceUuid: resourceUuid,
                value: value,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// UpdateResourceConfig
    ///
    /// 更新资源高级设置
    ///
    /// `PUT /zstack/v1/resource-configurations/{category}/{name}/{resourceUuid}/actions`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 更新资源高级设置的结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateResourceConfig(
        _ request: UpdateResourceConfig.Request,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateResourceConfig.Response {
        var call = ZStackRequestBuilder(operation: UpdateResourceConfig.operation)
        call.setPathParameter("category", to: request.category)
        call.setPathParameter("name", to: request.name)
        call.setPathParameter("resourceUuid", to: request.resourceUuid)
        call.jsonBody = UpdateResourceConfig.Body(request)
        return try await perform(call, polling: polling)
    }
}
