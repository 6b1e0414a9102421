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
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "LogInByLdap",
            method: .put,
            pathTemplate: "/zstack/v1/ldap/login",
            requiresAuthorization: false,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// LDAP UID
        public let uid: String

        /// 密码
        public let password: String

        /// The `verifyCode` field.
        public let verifyCode: String?

        /// The `captchaUuid` field.
        public let captchaUuid: String?

        /// 客户端信息
        public let clientInfo: [String: String]?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

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
            guard ZStackFieldwise.same(lhs.uid, rhs.uid) else { return false }
            guard ZStackFieldwise.same(lhs.password, rhs.password) else { return false }
            guard ZStackFieldwise.same(lhs.verifyCode, rhs.verifyCode) else { return false }
            guard ZStackFieldwise.same(lhs.captchaUuid, rhs.captchaUuid) else { return false }
            guard ZStackFieldwise.same(lhs.clientInfo, rhs.clientInfo) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 登录操作返回结果
    public final class Response: Codable, Sendable, Equatable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// 会话清单
        public let inventory: SessionInventory?

        /// 账户清单
        public let accountInventory: AccountInventory?

        /// 成功标志
        public let success: Bool?

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

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
            self.inventory = try object.optionalValue(SessionInventory.self, forKey: "inventory")
            self.accountInventory = try object.optionalValue(AccountInventory.self, forKey: "accountInventory")
            self.success = try object.optionalValue(Bool.self, forKey: "success")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.error, forKey: "error")
            try object.encodeValue(self.inventory, forKey: "inventory")
            try object.encodeValue(self.accountInventory, forKey: "accountInventory")
            try object.encodeValue(self.success, forKey: "success")
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
        public static func fieldsAreEqual(_ lhs: Response, _ rhs: Response) -> Bool {
            guard ZStackFieldwise.same(lhs.error, rhs.error) else { return false }
            guard ZStackFieldwise.same(lhs.inventory, rhs.inventory) else { return false }
            guard ZStackFieldwise.same(lhs.accountInventory, rhs.accountInventory) else { return false }
            return ZStackFieldwise.same(lhs.success, rhs.success)
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
        let call = ZStackRequestBuilder(operation: LogInByLdap.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "logInByLdap") { wrapped in
                try wrapped.encodeValue(request.uid, forKey: "uid")
                try wrapped.encodeValue(request.password, forKey: "password")
                try wrapped.encodeValue(request.verifyCode, forKey: "verifyCode")
                try wrapped.encodeValue(request.captchaUuid, forKey: "captchaUuid")
                try wrapped.encodeValue(request.clientInfo, forKey: "clientInfo")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call)
    }
}
