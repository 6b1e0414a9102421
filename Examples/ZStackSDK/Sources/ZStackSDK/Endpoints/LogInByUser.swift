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
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "LogInByUser",
            method: .put,
            pathTemplate: "/zstack/v1/accounts/users/login",
            requiresAuthorization: false,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 用户名称
        public let userName: String

        /// 密码
        public let password: String

        /// 账户UUID
        public let accountUuid: String?

        /// 账户名称
        public let accountName: String?

        /// 客户端信息
        public let clientInfo: [String: String]?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

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
            guard ZStackFieldwise.same(lhs.userName, rhs.userName) else { return false }
            guard ZStackFieldwise.same(lhs.password, rhs.password) else { return false }
            guard ZStackFieldwise.same(lhs.accountUuid, rhs.accountUuid) else { return false }
            guard ZStackFieldwise.same(lhs.accountName, rhs.accountName) else { return false }
            guard ZStackFieldwise.same(lhs.clientInfo, rhs.clientInfo) else { return false }
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
        let call = ZStackRequestBuilder(operation: LogInByUser.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "logInByUser") { wrapped in
                try wrapped.encodeValue(request.accountUuid, forKey: "accountUuid")
                try wrapped.encodeValue(request.accountName, forKey: "accountName")
                try wrapped.encodeValue(request.userName, forKey: "userName")
                try wrapped.encodeValue(request.password, forKey: "password")
                try wrapped.encodeValue(request.clientInfo, forKey: "clientInfo")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call)
    }
}

nonisolated extension ZStackClient {
    /// Opens a session: calls ``logInByUser(_:)`` and returns a client that sends the session its reply holds
    /// (`inventory.uuid`), with this client's server, transport and settings.
    ///
    /// - Parameter request: The inputs of the log-in call.
    /// - Returns: A client authorized by the new session.
    /// - Throws: The log-in call's errors, or ``ZStackClientError/noSession(operationID:)`` when its reply carries no
    ///   session id.
    public func openSession(_ request: LogInByUser.Request) async throws -> ZStackClient {
        let reply = try await logInByUser(request)
        guard let sessionID = reply.inventory?.uuid else {
            throw ZStackClientError.noSession(operationID: LogInByUser.operation.id)
        }
        return withSession(sessionID)
    }
}
