import HTTPTypes

/// ChangeResourceOwner
///
/// 变更资源所有者
///
/// 变更资源所有者
///
/// `POST /zstack/v1/account/{accountUuid}/resources`, asynchronous, authorization required.
///
/// Category: identity
public nonisolated enum ChangeResourceOwner {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "ChangeResourceOwner",
        method: .post,
        pathTemplate: "/zstack/v1/account/{accountUuid}/resources",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 账户UUID
        public var accountUuid: String

        /// 资源UUID
        public var resourceUuid: String

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - accountUuid: 账户UUID
        ///   - resourceUuid: 资源UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(accountUuid: String, resourceUuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.accountUuid = accountUuid
            self.resourceUuid = resourceUuid
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
            var resourceUuid: String

            init(_ request: Request) {
                self.resourceUuid = request.resourceUuid
            }

            private enum CodingKeys: String, CodingKey {
                case resourceUuid = "resourceUuid"
            }
        }
    }

    /// 账户资源引用清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// 账户资源引用清单
        public var inventory: AccountResourceRefInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: 账户资源引用清单
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: AccountResourceRefInventory? = nil) {
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
    /// ChangeResourceOwner
    ///
    /// 变更资源所有者
    ///
    /// 变更资源所有者
    ///
    /// `POST /zstack/v1/account/{accountUuid}/resources`, asynchronous, authorization required. The method returns when
    /// the server's job has finished.
    ///
    /// - Parameters:
    ///   - accountUuid: 账户UUID
    ///   - resourceUuid: 资源UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 账户资源引用清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func changeResourceOwner(
        accountUuid: String,
        resourceUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> ChangeResourceOwner.Response {
        try await changeResourceOwner(
            ChangeResourceOwner.Request(
                accountUuid: accountUuid,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// ChangeResourceOwner
    ///
    /// 变更资源所有者
    ///
    /// 变更资源所有者
    ///
    /// `POST /zstack/v1/account/{accountUuid}/resources`, asynchronous, authorization required. The method returns when
    /// the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 账户资源引用清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func changeResourceOwner(
        _ request: ChangeResourceOwner.Request,
        polling: ZStackPolling? = nil
    ) async throws -> ChangeResourceOwner.Response {
        var call = ZStackRequestBuilder(operation: ChangeResourceOwner.operation)
        call.setPathParameter("accountUuid", to: request.accountUuid)
        call.jsonBody = ChangeResourceOwner.Body(request)
        return try await perform(call, polling: polling)
    }
}
