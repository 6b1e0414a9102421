import HTTPTypes

/// LogInByAccount
///
/// 使用账户身份登录
///
/// 使用账户身份登录
///
/// `PUT /zstack/v1/accounts/login`, synchronous, no authorization.
///
/// Category: identity
public nonisolated enum LogInByAccount {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "LogInByAccount",
        method: .put,
        pathTemplate: "/zstack/v1/accounts/login",
        requiresAuthorization: false,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 账户名称
        public var accountName: String

        /// 密码
        public var password: String

        /// The `captchaUuid` field.
        public var captchaUuid: String?

        /// The `verifyCode` field.
        public var verifyCode: String?

        /// 客户端信息
        public var clientInfo: [String: String]?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// The `accountType` field.
        public var accountType: String?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - accountName: 账户名称
        ///   - password: 密码
        ///   - captchaUuid: The `captchaUuid` field.
        ///   - verifyCode: The `verifyCode` field.
        ///   - clientInfo: 客户端信息
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - accountType: The `accountType` field.
        public init(
            accountName: String,
            password: String,
            captchaUuid: String? = nil,
            verifyCode: String? = nil,
            clientInfo: [String: String]? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            accountType: String? = nil
        ) {
            self.accountName = accountName
            self.password = password
            self.captchaUuid = captchaUuid
            self.verifyCode = verifyCode
            self.clientInfo = clientInfo
            self.systemTags = systemTags
            self.userTags = userTags
            self.accountType = accountType
        }
    }

    /// The JSON body of a request: `{"logInByAccount": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "logInByAccount"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var accountName: String
            var password: String
            var captchaUuid: String?
            var verifyCode: String?
            var clientInfo: [String: String]?
            var accountType: String?

            init(_ request: Request) {
                self.accountName = request.accountName
                self.password = request.password
                self.captchaUuid = request.captchaUuid
                self.verifyCode = request.verifyCode
                self.clientInfo = request.clientInfo
                self.accountType = request.accountType
            }

            private enum CodingKeys: String, CodingKey {
                case accountName = "accountName"
                case password = "password"
                case captchaUuid = "captchaUuid"
                case verifyCode = "verifyCode"
                case clientInfo = "clientInfo"
                case accountType = "accountType"
            }
        }
    }

    /// 会话清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// 会话清单
        public var inventory: SessionInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: 会话清单
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: SessionInventory? = nil) {
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
    /// LogInByAccount
    ///
    /// 使用账户身份登录
    ///
    /// 使用账户身份登录
    ///
    /// `PUT /zstack/v1/accounts/login`, synchronous, no authorization.
    ///
    /// - Parameters:
    ///   - accountName: 账户名称
    ///   - password: 密码
    ///   - captchaUuid: The `captchaUuid` field.
    ///   - verifyCode: The `verifyCode` field.
    ///   - clientInfo: 客户端信息
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - accountType: The `accountType` field.
    /// - Returns: 会话清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func logInByAccount(
        accountName: String,
        password: String,
        captchaUuid: String? = nil,
        verifyCode: String? = nil,
        clientInfo: [String: String]? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        accountType: String? = nil
    ) async throws -> LogInByAccount.Response {
        try await logInByAccount(
            LogInByAccount.Request(
                accountName: accountName,
                password: password,
                captchaUuid: captchaUuid,
                verifyCode: verifyCode,
                clientInfo: clientInfo,
                systemTags: systemTags,
                userTags: userTags,
                accountType: accountType
            )
        )
    }

    /// LogInByAccount
    ///
    /// 使用账户身份登录
    ///
    /// 使用账户身份登录
    ///
    /// `PUT /zstack/v1/accounts/login`, synchronous, no authorization.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 会话清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func logInByAccount(
        _ request: LogInByAccount.Request
    ) async throws -> LogInByAccount.Response {
        var call = ZStackRequestBuilder(operation: LogInByAccount.operation)
        call.jsonBody = LogInByAccount.Body(request)
        return try await perform(call)
    }
}
