import HTTPTypes

/// CreateSystemTags
///
/// 批量创建系统标签
///
/// `POST /zstack/v1/system-tags/{resourceUuid}/tags`, asynchronous, authorization required.
///
/// Category: tag
public nonisolated enum CreateSystemTags {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "CreateSystemTags",
        method: .post,
        pathTemplate: "/zstack/v1/system-tags/{resourceUuid}/tags",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 用户指定的资源UUID，若指定，系统不会为该资源随机分配UUID
        public var resourceUuid: String

        /// 当创建一个标签时, 用户必须制定标签所关联的资源类型
        public var resourceType: String

        /// 标签字符串列表
        public var tags: [String]

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - resourceUuid: 用户指定的资源UUID，若指定，系统不会为该资源随机分配UUID
        ///   - resourceType: 当创建一个标签时, 用户必须制定标签所关联的资源类型
        ///   - tags: 标签字符串列表
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            resourceUuid: String,
            resourceType: String,
            tags: [String],
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.resourceUuid = resourceUuid
            self.resourceType = resourceType
            self.tags = tags
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
            var resourceType: String
            var tags: [String]

            init(_ request: Request) {
                self.resourceType = request.resourceType
                self.tags = request.tags
            }

            private enum CodingKeys: String, CodingKey {
                case resourceType = "resourceType"
                case tags = "tags"
            }
        }
    }

    /// 标签清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `inventories` field.
        public var inventories: [SystemTagInventory]?

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
        public init(inventories: [SystemTagInventory]? = nil, success: Bool? = nil, error: ErrorCode? = nil) {
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
    /// CreateSystemTags
    ///
    /// 批量创建系统标签
    ///
    /// `POST /zstack/v1/system-tags/{resourceUuid}/tags`, asynchronous, authorization required. The method returns when
    /// the server's job has finished.
    ///
    /// - Parameters:
    ///   - resourceUuid: 用户指定的资源UUID，若指定，系统不会为该资源随机分配UUID
    ///   - resourceType: 当创建一个标签时, 用户必须制定标签所关联的资源类型
    ///   - tags: 标签字符串列表
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 标签清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createSystemTags(
        resourceUuid: String,
        resourceType: String,
        tags: [String],
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateSystemTags.Response {
        try await createSystemTags(
            CreateSystemTags.Request(
                resourceUuid: resourceUuid,
                resourceType: resourceType,
                tags: tags,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// CreateSystemTags
    ///
    /// 批量创建系统标签
    ///
    /// `POST /zstack/v1/system-tags/{resourceUuid}/tags`, asynchronous, authorization required. The method returns when
    /// the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 标签清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createSystemTags(
        _ request: CreateSystemTags.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateSystemTags.Response {
        var call = ZStackRequestBuilder(operation: CreateSystemTags.operation)
        call.setPathParameter("resourceUuid", to: request.resourceUuid)
        call.jsonBody = CreateSystemTags.Body(request)
        return try await perform(call, polling: polling)
    }
}
