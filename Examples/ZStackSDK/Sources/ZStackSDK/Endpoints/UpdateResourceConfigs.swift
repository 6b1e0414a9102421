import HTTPTypes

/// UpdateResourceConfigs
///
/// 批量更新资源高级设置
///
/// `POST /zstack/v1/resource-configurations/{resourceUuid}/resource-configs/actions`, asynchronous, authorization
/// required.
///
/// Category: resourceConfig
public nonisolated enum UpdateResourceConfigs {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "UpdateResourceConfigs",
        method: .post,
        pathTemplate: "/zstack/v1/resource-configurations/{resourceUuid}/resource-configs/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 设置的资源UUID
        public var resourceUuid: String

        /// 资源的高级配置列表
        public var resourceConfigs: [ZStackJSONValue]

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - resourceUuid: 设置的资源UUID
        ///   - resourceConfigs: 资源的高级配置列表
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            resourceUuid: String,
            resourceConfigs: [ZStackJSONValue],
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.resourceUuid = resourceUuid
            self.resourceConfigs = resourceConfigs
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
            var resourceConfigs: [ZStackJSONValue]

            init(_ request: Request) {
                self.resourceConfigs = request.resourceConfigs
            }

            private enum CodingKeys: String, CodingKey {
                case resourceConfigs = "resourceConfigs"
            }
        }
    }

    /// 资源高级设置清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `inventories` field.
        public var inventories: [ResourceConfigStruct]?

        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - inventories: The `inventories` field.
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public init(inventories: [ResourceConfigStruct]? = nil, success: Bool? = nil, error: ErrorCode? = nil) {
            self.inventories = inventories
            self.success = success
            self.error = error
        }

        private enum CodingKeys: String, CodingKey {
            case inventories = "inventories"
            case success = "success"
            case error = "error"
        }
    }
}

nonisolated extension ZStackClient {
    /// UpdateResourceConfigs
    ///
    /// 批量更新资源高级设置
    ///
    /// `POST /zstack/v1/resource-configurations/{resourceUuid}/resource-configs/actions`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - resourceUuid: 设置的资源UUID
    ///   - resourceConfigs: 资源的高级配置列表
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 资源高级设置清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateResourceConfigs(
        resourceUuid: String,
        resourceConfigs: [ZStackJSONValue],
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateResourceConfigs.Response {
        try await updateResourceConfigs(
            UpdateResourceConfigs.Request(
                resourceUuid: resourceUuid,
                resourceConfigs: resourceConfigs,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// UpdateResourceConfigs
    ///
    /// 批量更新资源高级设置
    ///
    /// `POST /zstack/v1/resource-configurations/{resourceUuid}/resource-configs/actions`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 资源高级设置清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateResourceConfigs(
        _ request: UpdateResourceConfigs.Request,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateResourceConfigs.Response {
        var call = ZStackRequestBuilder(operation: UpdateResourceConfigs.operation)
        call.setPathParameter("resourceUuid", to: request.resourceUuid)
        call.jsonBody = UpdateResourceConfigs.Body(request)
        return try await perform(call, polling: polling)
    }
}
