import HTTPTypes

/// CleanInvalidLdapBinding
///
/// 清理无效的LDAP绑定
///
/// 清理无效的LDAP绑定
///
/// `PUT /zstack/v1/ldap/bindings/actions`, asynchronous, authorization required.
///
/// Category: ldap
public nonisolated enum CleanInvalidLdapBinding {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "CleanInvalidLdapBinding",
        method: .put,
        pathTemplate: "/zstack/v1/ldap/bindings/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"cleanInvalidLdapBinding": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "cleanInvalidLdapBinding"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The inside of the wrapper: every field stays outside it, so it encodes as `{}`.
        struct Wrapped: Encodable {
            init(_ request: Request) {}
        }
    }

    /// 被清理的LDAP账户绑定关系清单列表
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// 被清理的LDAP账户绑定关系清单列表
        public var inventories: [AccountInventory]?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventories: 被清理的LDAP账户绑定关系清单列表
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventories: [AccountInventory]? = nil) {
            self.success = success
            self.error = error
            self.inventories = inventories
        }

        private enum CodingKeys: String, CodingKey {
            case success = "success"
            case error = "error"
            case inventories = "inventories"
        }
    }
}

nonisolated extension ZStackClient {
    /// CleanInvalidLdapBinding
    ///
    /// 清理无效的LDAP绑定
    ///
    /// 清理无效的LDAP绑定
    ///
    /// `PUT /zstack/v1/ldap/bindings/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 被清理的LDAP账户绑定关系清单列表
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func cleanInvalidLdapBinding(
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CleanInvalidLdapBinding.Response {
        try await cleanInvalidLdapBinding(
            CleanInvalidLdapBinding.Request(systemTags: systemTags, userTags: userTags),
            polling: polling
        )
    }

    /// CleanInvalidLdapBinding
    ///
    /// 清理无效的LDAP绑定
    ///
    /// 清理无效的LDAP绑定
    ///
    /// `PUT /zstack/v1/ldap/bindings/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 被清理的LDAP账户绑定关系清单列表
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func cleanInvalidLdapBinding(
        _ request: CleanInvalidLdapBinding.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CleanInvalidLdapBinding.Response {
        var call = ZStackRequestBuilder(operation: CleanInvalidLdapBinding.operation)
        call.jsonBody = CleanInvalidLdapBinding.Body(request)
        return try await perform(call, polling: polling)
    }
}
