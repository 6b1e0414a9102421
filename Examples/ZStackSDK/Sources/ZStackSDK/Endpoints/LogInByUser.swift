import HTTPTypes

/// LogInByUser
///
/// 使用用户身份登录
///
/// 使用用户身份登录
///
/// `PUT /zstack/v1/accounts/users/login`, synchronous, no authorization.
///
/// Category: identity
public nonisolated enum LogInByUser {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "LogInByUser",
        method: .put,
        pathTemplate: "/zstack/v1/accounts/users/login",
        requiresAuthorization: false,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 用户名称
        public var userName: String

        /// 密码
        public var password: String

        /// 账户UUID
        public var accountUuid: String?

        /// 账户名称
        public var accountName: String?

        /// 客户端信息
        public var clientInfo: [String: String]?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - userName: 用户名称
        ///   - password: 密码
        ///   - accountUuid: 账户UUID
        ///   - accountName: 账户名称
        ///   - clientInfo: 客户端信息
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            userName: String,
            password: String,
            accountUuid: String? = nil,
            accountName: String? = nil,
            clientInfo: [String: String]? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.userName = userName
            self.password = password
            self.accountUuid = accountUuid
            self.accountName = accountName
            self.clientInfo = clientInfo
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"logInByUser": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "logInByUser"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var accountUuid: String?
            var accountName: String?
            var userName: String
            var password: String
            var clientInfo: [String: String]?

            init(_ request: Request) {
                self.accountUuid = request.accountUuid
                self.accountName = request.accountName
                self.userName = request.userName
                self.password = request.password
                self.clientInfo = request.clientInfo
            }

            private enum CodingKeys: String, CodingKey {
                case accountUuid = "accountUuid"
                case accountName = "accountName"
                case userName = "userName"
                case password = "password"
                case clientInfo = "clientInfo"
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
    /// LogInByUser
    ///
    /// 使用用户身份登录
    ///
    /// 使用用户身份登录
    ///
    /// `PUT /zstack/v1/accounts/users/login`, synchronous, no authorization.
    ///
    /// - Parameters:
    ///   - userName: 用户名称
    ///   - password: 密码
    ///   - accountUuid: 账户UUID
    ///   - accountName: 账户名称
    ///   - clientInfo: 客户端信息
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 会话清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func logInByUser(
        userName: String,
        password: String,
        accountUuid: String? = nil,
        accountName: String? = nil,
        clientInfo: [String: String]? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> LogInByUser.Response {
        try await logInByUser(
            LogInByUser.Request(
                userName: userName,
                password: password,
                accountUuid: accountUuid,
                accountName: accountName,
                clientInfo: clientInfo,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// LogInByUser
    ///
    /// 使用用户身份登录
    ///
    /// 使用用户身份登录
    ///
    /// `PUT /zstack/v1/accounts/users/login`, synchronous, no authorization.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 会话清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func logInByUser(
        _ request: LogInByUser.Request
    ) async throws -> LogInByUser.Response {
        var call = ZStackRequestBuilder(operation: LogInByUser.operation)
        call.jsonBody = LogInByUser.Body(request)
        return try await perform(call)
    }
}
