import HTTPTypes

/// CreateUserTag
///
/// 创建用户标签
///
/// 创建用户标签
///
/// `POST /zstack/v1/user-tags`, asynchronous, authorization required.
///
/// Category: tag
public nonisolated enum CreateUserTag {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "CreateUserTag",
        method: .post,
        pathTemplate: "/zstack/v1/user-tags",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 当创建一个标签时, 用户必须制定标签所关联的资源类型
        public var resourceType: String

        /// 用户指定的资源UUID，若指定，系统不会为该资源随机分配UUID
        public var resourceUuid: String

        /// 标签字符串
        public var tag: String

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - resourceType: 当创建一个标签时, 用户必须制定标签所关联的资源类型
        ///   - resourceUuid: 用户指定的资源UUID，若指定，系统不会为该资源随机分配UUID
        ///   - tag: 标签字符串
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            resourceType: String,
            resourceUuid: String,
            tag: String,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.resourceType = resourceType
            self.resourceUuid = resourceUuid
            self.tag = tag
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
            var resourceUuid: String
            var tag: String

            init(_ request: Request) {
                self.resourceType = request.resourceType
                self.resourceUuid = request.resourceUuid
                self.tag = request.tag
            }

            private enum CodingKeys: String, CodingKey {
                case resourceType = "resourceType"
                case resourceUuid = "resourceUuid"
                case tag = "tag"
            }
        }
    }

    /// 标签清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: UserTagInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: UserTagInventory? = nil) {
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
    /// CreateUserTag
    ///
    /// 创建用户标签
    ///
    /// 创建用户标签
    ///
    /// `POST /zstack/v1/user-tags`, asynchronous, authorization required. The method returns when the server's job has
    /// finished.
    ///
    /// - Parameters:
    ///   - resourceType: 当创建一个标签时, 用户必须制定标签所关联的资源类型
    ///   - resourceUuid: 用户指定的资源UUID，若指定，系统不会为该资源随机分配UUID
    ///   - tag: 标签字符串
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 标签清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createUserTag(
        resourceType: String,
        resourceUuid: String,
        tag: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateUserTag.Response {
        try await createUserTag(
            CreateUserTag.Request(
                resourceType: resourceType,
                resourceUuid: resourceUuid,
                tag: tag,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// CreateUserTag
    ///
    /// 创建用户标签
    ///
    /// 创建用户标签
    ///
    /// `POST /zstack/v1/user-tags`, asynchronous, authorization required. The method returns when the server's job has
    /// finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 标签清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createUserTag(
        _ request: CreateUserTag.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateUserTag.Response {
        var call = ZStackRequestBuilder(operation: CreateUserTag.operation)
        call.jsonBody = CreateUserTag.Body(request)
        return try await perform(call, polling: polling)
    }
}
