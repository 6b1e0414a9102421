import HTTPTypes

/// CreatePolicy
///
/// 创建策略
///
/// 创建策略
///
/// `POST /zstack/v1/accounts/policies`, asynchronous, authorization required.
///
/// Category: identity
public nonisolated enum CreatePolicy {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "CreatePolicy",
        method: .post,
        pathTemplate: "/zstack/v1/accounts/policies",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源名称
        public var name: String

        /// 策略声明
        public var statements: [PolicyStatement]

        /// 资源的详细描述
        public var description: String?

        /// 资源UUID
        public var resourceUuid: String?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// 标签UUID列表
        public var tagUuids: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - name: 资源名称
        ///   - statements: 策略声明
        ///   - description: 资源的详细描述
        ///   - resourceUuid: 资源UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - tagUuids: 标签UUID列表
        public init(
            name: String,
            statements: [PolicyStatement],
            description: String? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            tagUuids: [String]? = nil
        ) {
            self.name = name
            self.statements = statements
            self.description = description
            self.resourceUuid = resourceUuid
            self.systemTags = systemTags
            self.userTags = userTags
            self.tagUuids = tagUuids
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
            var name: String
            var description: String?
            var statements: [PolicyStatement]
            var resourceUuid: String?
            var tagUuids: [String]?

            init(_ request: Request) {
                self.name = request.name
                self.description = request.description
                self.statements = request.statements
                self.resourceUuid = request.resourceUuid
                self.tagUuids = request.tagUuids
            }

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case statements = "statements"
                case resourceUuid = "resourceUuid"
                case tagUuids = "tagUuids"
            }
        }
    }

    /// 策略清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// 策略清单
        public var inventory: PolicyInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: 策略清单
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: PolicyInventory? = nil) {
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
    /// CreatePolicy
    ///
    /// 创建策略
    ///
    /// 创建策略
    ///
    /// `POST /zstack/v1/accounts/policies`, asynchronous, authorization required. The method returns when the server's
    /// job has finished.
    ///
    /// - Parameters:
    ///   - name: 资源名称
    ///   - statements: 策略声明
    ///   - description: 资源的详细描述
    ///   - resourceUuid: 资源UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - tagUuids: 标签UUID列表
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 策略清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createPolicy(
        name: String,
        statements: [PolicyStatement],
        description: String? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        tagUuids: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreatePolicy.Response {
        try await createPolicy(
            CreatePolicy.Request(
                name: name,
                statements: statements,
                description: description,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                tagUuids: tagUuids
            ),
            polling: polling
        )
    }

    /// CreatePolicy
    ///
    /// 创建策略
    ///
    /// 创建策略
    ///
    /// `POST /zstack/v1/accounts/policies`, asynchronous, authorization required. The method returns when the server's
    /// job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 策略清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createPolicy(
        _ request: CreatePolicy.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreatePolicy.Response {
        var call = ZStackRequestBuilder(operation: CreatePolicy.operation)
        call.jsonBody = CreatePolicy.Body(request)
        return try await perform(call, polling: polling)
    }
}
