import HTTPTypes

/// LogInByLdap
///
/// 使用LDAP身份登录
///
/// 使用LDAP身份登录
///
/// `PUT /zstack/v1/ldap/login`, synchronous, no authorization.
///
/// Category: ldap
public nonisolated enum LogInByLdap {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "LogInByLdap",
        method: .put,
        pathTemplate: "/zstack/v1/ldap/login",
        requiresAuthorization: false,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// LDAP UID
        public var uid: String

        /// 密码
        public var password: String

        /// The `verifyCode` field.
        public var verifyCode: String?

        /// The `captchaUuid` field.
        public var captchaUuid: String?

        /// 客户端信息
        public var clientInfo: [String: String]?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uid: LDAP UID
        ///   - password: 密码
        ///   - verifyCode: The `verifyCode` field.
        ///   - captchaUuid: The `captchaUuid` field.
        ///   - clientInfo: 客户端信息
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            uid: String,
            password: String,
            verifyCode: String? = nil,
            captchaUuid: String? = nil,
            clientInfo: [String: String]? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.uid = uid
            self.password = password
            self.verifyCode = verifyCode
            self.captchaUuid = captchaUuid
            self.clientInfo = clientInfo
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"logInByLdap": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "logInByLdap"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var uid: String
            var password: String
            var verifyCode: String?
            var captchaUuid: String?
            var clientInfo: [String: String]?

            init(_ request: Request) {
                self.uid = request.uid
                self.password = request.password
                self.verifyCode = request.verifyCode
                self.captchaUuid = request.captchaUuid
                self.clientInfo = request.clientInfo
            }

            private enum CodingKeys: String, CodingKey {
                case uid = "uid"
                case password = "password"
                case verifyCode = "verifyCode"
                case captchaUuid = "captchaUuid"
                case clientInfo = "clientInfo"
            }
        }
    }

    /// 登录操作返回结果
    public struct Response: Codable, Sendable, Hashable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// 会话清单
        public var inventory: SessionInventory?

        /// 账户清单
        public var accountInventory: AccountInventory?

        /// 成功标志
        public var success: Bool?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: 会话清单
        ///   - accountInventory: 账户清单
        ///   - success: 成功标志
        public init(
            error: ErrorCode? = nil,
            inventory: SessionInventory? = nil,
            accountInventory: AccountInventory? = nil,
            success: Bool? = nil
        ) {
            self.error = error
            self.inventory = inventory
            self.accountInventory = accountInventory
            self.success = success
        }

        private enum CodingKeys: String, CodingKey {
            case error = "error"
            case inventory = "inventory"
            case accountInventory = "accountInventory"
            case success = "success"
        }
    }
}

nonisolated extension ZStackClient {
    /// LogInByLdap
    ///
    /// 使用LDAP身份登录
    ///
    /// 使用LDAP身份登录
    ///
    /// `PUT /zstack/v1/ldap/login`, synchronous, no authorization.
    ///
    /// - Parameters:
    ///   - uid: LDAP UID
    ///   - password: 密码
    ///   - verifyCode: The `verifyCode` field.
    ///   - captchaUuid: The `captchaUuid` field.
    ///   - clientInfo: 客户端信息
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 登录操作返回结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func logInByLdap(
        uid: String,
        password: String,
        verifyCode: String? = nil,
        captchaUuid: String? = nil,
        clientInfo: [String: String]? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> LogInByLdap.Response {
        try await logInByLdap(
            LogInByLdap.Request(
                uid: uid,
                password: password,
                verifyCode: verifyCode,
                captchaUuid: captchaUuid,
                clientInfo: clientInfo,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// LogInByLdap
    ///
    /// 使用LDAP身份登录
    ///
    /// 使用LDAP身份登录
    ///
    /// `PUT /zstack/v1/ldap/login`, synchronous, no authorization.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 登录操作返回结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func logInByLdap(
        _ request: LogInByLdap.Request
    ) async throws -> LogInByLdap.Response {
        var call = ZStackRequestBuilder(operation: LogInByLdap.operation)
        call.jsonBody = LogInByLdap.Body(request)
        return try await perform(call)
    }
}
