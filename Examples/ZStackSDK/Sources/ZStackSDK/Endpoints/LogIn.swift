import HTTPTypes

/// LogIn
///
/// 登录
///
/// `PUT /zstack/v1/login`, synchronous, no authorization.
///
/// Category: login
public nonisolated enum LogIn {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "LogIn",
        method: .put,
        pathTemplate: "/zstack/v1/login",
        requiresAuthorization: false,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 用户名
        public var username: String

        /// 用户密码
        public var password: String

        /// 用户类型
        public var loginType: String

        /// 验证码uuid
        public var captchaUuid: String?

        /// 验证码
        public var verifyCode: String?

        /// 客户端信息
        public var clientInfo: [String: String]?

        /// 登录属性
        public var properties: [String: String]?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - username: 用户名
        ///   - password: 用户密码
        ///   - loginType: 用户类型
        ///   - captchaUuid: 验证码uuid
        ///   - verifyCode: 验证码
        ///   - clientInfo: 客户端信息
        ///   - properties: 登录属性
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            username: String,
            password: String,
            loginType: String,
            captchaUuid: String? = nil,
            verifyCode: String? = nil,
            clientInfo: [String: String]? = nil,
            properties: [String: String]? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.username = username
            self.password = password
            self.loginType = loginType
            self.captchaUuid = captchaUuid
            self.verifyCode = verifyCode
            self.clientInfo = clientInfo
            self.properties = properties
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"logIn": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "logIn"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var username: String
            var password: String
            var loginType: String
            var captchaUuid: String?
            var verifyCode: String?
            var clientInfo: [String: String]?
            var properties: [String: String]?

            init(_ request: Request) {
                self.username = request.username
                self.password = request.password
                self.loginType = request.loginType
                self.captchaUuid = request.captchaUuid
                self.verifyCode = request.verifyCode
                self.clientInfo = request.clientInfo
                self.properties = request.properties
            }

            private enum CodingKeys: String, CodingKey {
                case username = "username"
                case password = "password"
                case loginType = "loginType"
                case captchaUuid = "captchaUuid"
                case verifyCode = "verifyCode"
                case clientInfo = "clientInfo"
                case properties = "properties"
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
    /// LogIn
    ///
    /// 登录
    ///
    /// `PUT /zstack/v1/login`, synchronous, no authorization.
    ///
    /// - Parameters:
    ///   - username: 用户名
    ///   - password: 用户密码
    ///   - loginType: 用户类型
    ///   - captchaUuid: 验证码uuid
    ///   - verifyCode: 验证码
    ///   - clientInfo: 客户端信息
    ///   - properties: 登录属性
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 会话清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func logIn(
        username: String,
        password: String,
        loginType: String,
        captchaUuid: String? = nil,
        verifyCode: String? = nil,
        clientInfo: [String: String]? = nil,
        properties: [String: String]? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> LogIn.Response {
        try await logIn(
            LogIn.Request(
                username: username,
                password: password,
                loginType: loginType,
                captchaUuid: captchaUuid,
                verifyCode: verifyCode,
                clientInfo: clientInfo,
                properties: properties,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// LogIn
    ///
    /// 登录
    ///
    /// `PUT /zstack/v1/login`, synchronous, no authorization.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 会话清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func logIn(
        _ request: LogIn.Request
    ) async throws -> LogIn.Response {
        var call = ZStackRequestBuilder(operation: LogIn.operation)
        call.jsonBody = LogIn.Body(request)
        return try await perform(call)
    }
}
