import HTTPTypes

/// RevokeResourceSharing
///
/// 解除资源共享
///
/// 解除资源共享
///
/// `PUT /zstack/v1/accounts/resources/actions`, asynchronous, authorization required.
///
/// Category: identity
public nonisolated enum RevokeResourceSharing {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "RevokeResourceSharing",
        method: .put,
        pathTemplate: "/zstack/v1/accounts/resources/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源UUID列表
        public var resourceUuids: [String]

        /// 全局共享
        public var toPublic: Bool?

        /// 账户UUID列表
        public var accountUuids: [String]?

        /// The `all` field.
        public var all: Bool?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - resourceUuids: 资源UUID列表
        ///   - toPublic: 全局共享
        ///   - accountUuids: 账户UUID列表
        ///   - all: The `all` field.
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            resourceUuids: [String],
            toPublic: Bool? = nil,
            accountUuids: [String]? = nil,
            all: Bool? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.resourceUuids = resourceUuids
            self.toPublic = toPublic
            self.accountUuids = accountUuids
            self.all = all
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"revokeResourceSharing": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "revokeResourceSharing"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var resourceUuids: [String]
            var toPublic: Bool?
            var accountUuids: [String]?
            var all: Bool?

            init(_ request: Request) {
                self.resourceUuids = request.resourceUuids
                self.toPublic = request.toPublic
                self.accountUuids = request.accountUuids
                self.all = request.all
            }

            private enum CodingKeys: String, CodingKey {
                case resourceUuids = "resourceUuids"
                case toPublic = "toPublic"
                case accountUuids = "accountUuids"
                case all = "all"
            }
        }
    }

    /// 操作返回结果
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public init(success: Bool? = nil, error: ErrorCode? = nil) {
            self.success = success
            self.error = error
        }

        private enum CodingKeys: String, CodingKey {
            case success = "success"
            case error = "error"
        }
    }
}

nonisolated extension ZStackClient {
    /// RevokeResourceSharing
    ///
    /// 解除资源共享
    ///
    /// 解除资源共享
    ///
    /// `PUT /zstack/v1/accounts/resources/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - resourceUuids: 资源UUID列表
    ///   - toPublic: 全局共享
    ///   - accountUuids: 账户UUID列表
    ///   - all: The `all` field.
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 操作返回结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func revokeResourceSharing(
        resourceUuids: [String],
        toPublic: Bool? = nil,
        accountUuids: [String]? = nil,
        all: Bool? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> RevokeResourceSharing.Response {
        try await revokeResourceSharing(
            RevokeResourceSharing.Request(
                resourceUuids: resourceUuids,
                toPublic: toPublic,
                accountUuids: accountUuids,
                all: all,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// RevokeResourceSharing
    ///
    /// 解除资源共享
    ///
    /// 解除资源共享
    ///
    /// `PUT /zstack/v1/accounts/resources/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 操作返回结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func revokeResourceSharing(
        _ request: RevokeResourceSharing.Request,
        polling: ZStackPolling? = nil
    ) async throws -> RevokeResourceSharing.Response {
        var call = ZStackRequestBuilder(operation: RevokeResourceSharing.operation)
        call.jsonBody = RevokeResourceSharing.Body(request)
        return try await perform(call, polling: polling)
    }
}
