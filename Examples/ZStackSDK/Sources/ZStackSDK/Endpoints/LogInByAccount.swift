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
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "LogInByAccount",
            method: .put,
            pathTemplate: "/zstack/v1/accounts/login",
            requiresAuthorization: false,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 账户名称
        public let accountName: String

        /// 密码
        public let password: String

        /// The `captchaUuid` field.
        public let captchaUuid: String?

        /// The `verifyCode` field.
        public let verifyCode: String?

        /// 客户端信息
        public let clientInfo: [String: String]?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// The `accountType` field.
        public let accountType: String?

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
            guard ZStackFieldwise.same(lhs.accountName, rhs.accountName) else { return false }
            guard ZStackFieldwise.same(lhs.password, rhs.password) else { return false }
            guard ZStackFieldwise.same(lhs.captchaUuid, rhs.captchaUuid) else { return false }
            guard ZStackFieldwise.same(lhs.verifyCode, rhs.verifyCode) else { return false }
            guard ZStackFieldwise.same(lhs.clientInfo, rhs.clientInfo) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            return ZStackFieldwise.same(lhs.accountType, rhs.accountType)
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
        let call = ZStackRequestBuilder(operation: LogInByAccount.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "logInByAccount") { wrapped in
                try wrapped.encodeValue(request.accountName, forKey: "accountName")
                try wrapped.encodeValue(request.password, forKey: "password")
                try wrapped.encodeValue(request.captchaUuid, forKey: "captchaUuid")
                try wrapped.encodeValue(request.verifyCode, forKey: "verifyCode")
                try wrapped.encodeValue(request.clientInfo, forKey: "clientInfo")
                try wrapped.encodeValue(request.accountType, forKey: "accountType")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call)
    }
}

nonisolated extension ZStackClient {
    /// Opens a session: calls ``logInByAccount(_:)`` and returns a client that sends the session its reply holds
    /// (`inventory.uuid`), with this client's server, transport and settings.
    ///
    /// - Parameter request: The inputs of the log-in call.
    /// - Returns: A client authorized by the new session.
    /// - Throws: The log-in call's errors, or ``ZStackClientError/noSession(operationID:)`` when its reply carries no
    ///   session id.
    public func openSession(_ request: LogInByAccount.Request) async throws -> ZStackClient {
        let reply = try await logInByAccount(request)
        guard let sessionID = reply.inventory?.uuid else {
            throw ZStackClientError.noSession(operationID: LogInByAccount.operation.id)
        }
        return withSession(sessionID)
    }
}
