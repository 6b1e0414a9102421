import HTTPTypes

/// CreateLdapBinding
///
/// 创建LDAP绑定
///
/// 创建LDAP绑定
///
/// `POST /zstack/v1/ldap/bindings`, asynchronous, authorization required.
///
/// Category: ldap
public nonisolated enum CreateLdapBinding {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "CreateLdapBinding",
        method: .post,
        pathTemplate: "/zstack/v1/ldap/bindings",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// LDAP UID
        public var ldapUid: String

        /// 账户UUID
        public var accountUuid: String

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - ldapUid: LDAP UID
        ///   - accountUuid: 账户UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(ldapUid: String, accountUuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.ldapUid = ldapUid
            self.accountUuid = accountUuid
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
            var ldapUid: String
            var accountUuid: String

            init(_ request: Request) {
                self.ldapUid = request.ldapUid
                self.accountUuid = request.accountUuid
            }

            private enum CodingKeys: String, CodingKey {
                case ldapUid = "ldapUid"
                case accountUuid = "accountUuid"
            }
        }
    }

    /// LDAP账户绑定关系清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// LDAP账户绑定关系清单
        public var inventory: LdapAccountRefInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: LDAP账户绑定关系清单
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: LdapAccountRefInventory? = nil) {
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
    /// CreateLdapBinding
    ///
    /// 创建LDAP绑定
    ///
    /// 创建LDAP绑定
    ///
    /// `POST /zstack/v1/ldap/bindings`, asynchronous, authorization required. The method returns when the server's job
    /// has finished.
    ///
    /// - Parameters:
    ///   - ldapUid: LDAP UID
    ///   - accountUuid: 账户UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: LDAP账户绑定关系清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createLdapBinding(
        ldapUid: String,
        accountUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateLdapBinding.Response {
        try await createLdapBinding(
            CreateLdapBinding.Request(
                ldapUid: ldapUid,
                accountUuid: accountUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// CreateLdapBinding
    ///
    /// 创建LDAP绑定
    ///
    /// 创建LDAP绑定
    ///
    /// `POST /zstack/v1/ldap/bindings`, asynchronous, authorization required. The method returns when the server's job
    /// has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: LDAP账户绑定关系清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createLdapBinding(
        _ request: CreateLdapBinding.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateLdapBinding.Response {
        var call = ZStackRequestBuilder(operation: CreateLdapBinding.operation)
        call.jsonBody = CreateLdapBinding.Body(request)
        return try await perform(call, polling: polling)
    }
}
