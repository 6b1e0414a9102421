import HTTPTypes

/// UpdateQuota
///
/// 更新配额
///
/// 更新配额
///
/// `PUT /zstack/v1/accounts/quotas/actions`, asynchronous, authorization required.
///
/// Category: identity
public nonisolated enum UpdateQuota {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "UpdateQuota",
        method: .put,
        pathTemplate: "/zstack/v1/accounts/quotas/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 身份实体的UUID（账户的，用户的）
        public var identityUuid: String

        /// 资源名称
        public var name: String

        /// 配额值
        public var value: Int64

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - identityUuid: 身份实体的UUID（账户的，用户的）
        ///   - name: 资源名称
        ///   - value: 配额值
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            identityUuid: String,
            name: String,
            value: Int64,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.identityUuid = identityUuid
            self.name = name
            self.value = value
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"updateQuota": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "updateQuota"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var identityUuid: String
            var name: String
            var value: Int64

            init(_ request: Request) {
                self.identityUuid = request.identityUuid
                self.name = request.name
                self.value = request.value
            }

            private enum CodingKeys: String, CodingKey {
                case identityUuid = "identityUuid"
                case name = "name"
                case value = "value"
            }
        }
    }

    /// 配额清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// 配额清单
        public var inventory: QuotaInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: 配额清单
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: QuotaInventory? = nil) {
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
    /// UpdateQuota
    ///
    /// 更新配额
    ///
    /// 更新配额
    ///
    /// `PUT /zstack/v1/accounts/quotas/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - identityUuid: 身份实体的UUID（账户的，用户的）
    ///   - name: 资源名称
    ///   - value: 配额值
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 配额清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateQuota(
        identityUuid: String,
        name: String,
        value: Int64,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateQuota.Response {
        try await updateQuota(
            UpdateQuota.Request(
                identityUuid: identityUuid,
                name: name,
                value: value,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// UpdateQuota
    ///
    /// 更新配额
    ///
    /// 更新配额
    ///
    /// `PUT /zstack/v1/accounts/quotas/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 配额清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateQuota(
        _ request: UpdateQuota.Request,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateQuota.Response {
        var call = ZStackRequestBuilder(operation: UpdateQuota.operation)
        call.jsonBody = UpdateQuota.Body(request)
        return try await perform(call, polling: polling)
    }
}
