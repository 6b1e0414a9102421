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
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "LogIn",
            method: .put,
            pathTemplate: "/zstack/v1/login",
            requiresAuthorization: false,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 用户名
        public let username: String

        /// 用户密码
        public let password: String

        /// 用户类型
        public let loginType: String

        /// 验证码uuid
        public let captchaUuid: String?

        /// 验证码
        public let verifyCode: String?

        /// 客户端信息
        public let clientInfo: [String: String]?

        /// 登录属性
        public let properties: [String: String]?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

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

        /// Whether two values are equal (`==`): all their fields are.
        ///
        /// `Equatable`'s `==` under a name of its own, so that it does not join the overloads that every `==` in this
        /// module and in its importers is checked against.
        ///
        /// - Parameters:
        ///   - lhs: A value.
        ///   - rhs: Another value.
        /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
        @_implements(Equatable,==(_:_:))
        public static func fieldsAreEqual(_ lhs: Request, _ rhs: Request) -> Bool {
            guard ZStackFieldwise.same(lhs.username, rhs.username) else { return false }
            guard ZStackFieldwise.same(lhs.password, rhs.password) else { return false }
            guard ZStackFieldwise.same(lhs.loginType, rhs.loginType) else { return false }
            guard ZStackFieldwise.same(lhs.captchaUuid, rhs.captchaUuid) else { return false }
            guard ZStackFieldwise.same(lhs.verifyCode, rhs.verifyCode) else { return false }
            guard ZStackFieldwise.same(lhs.clientInfo, rhs.clientInfo) else { return false }
            guard ZStackFieldwise.same(lhs.properties, rhs.properties) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 会话清单
    ///
    /// An ``InventoryReply`` of ``SessionInventory``: the replies that differ only in that type share one generic type.
    ///
    /// - `inventory`: 会话清单
    public typealias Response = InventoryReply<SessionInventory>
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
        let call = ZStackRequestBuilder(operation: LogIn.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "logIn") { wrapped in
                try wrapped.encodeValue(request.username, forKey: "username")
                try wrapped.encodeValue(request.password, forKey: "password")
                try wrapped.encodeValue(request.loginType, forKey: "loginType")
                try wrapped.encodeValue(request.captchaUuid, forKey: "captchaUuid")
                try wrapped.encodeValue(request.verifyCode, forKey: "verifyCode")
                try wrapped.encodeValue(request.clientInfo, forKey: "clientInfo")
                try wrapped.encodeValue(request.properties, forKey: "properties")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call)
    }
}

nonisolated extension ZStackClient {
    /// Opens a session: calls ``logIn(_:)`` and returns a client that sends the session its reply holds
    /// (`inventory.uuid`), with this client's server, transport and settings.
    ///
    /// - Parameter request: The inputs of the log-in call.
    /// - Returns: A client authorized by the new session.
    /// - Throws: The log-in call's errors, or ``ZStackClientError/noSession(operationID:)`` when its reply carries no
    ///   session id.
    public func openSession(_ request: LogIn.Request) async throws -> ZStackClient {
        let reply = try await logIn(request)
        guard let sessionID = reply.inventory?.uuid else {
            throw ZStackClientError.noSession(operationID: LogIn.operation.id)
        }
        return withSession(sessionID)
    }
}
