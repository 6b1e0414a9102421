import HTTPTypes

/// GetLoginProcedures
///
/// 获取登录的认证步骤
///
/// `GET /zstack/v1/login/procedures`, synchronous, no authorization.
///
/// Category: login
public nonisolated enum GetLoginProcedures {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetLoginProcedures",
            method: .get,
            pathTemplate: "/zstack/v1/login/procedures",
            requiresAuthorization: false,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 用户名
        public let username: String

        /// 认证用户类型
        public let loginType: String

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - username: 用户名
        ///   - loginType: 认证用户类型
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(username: String, loginType: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.username = username
            self.loginType = loginType
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
            guard ZStackFieldwise.same(lhs.loginType, rhs.loginType) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 登录的认证步骤的返回
    public final class Response: Codable, Sendable, Equatable {
        /// The `procedures` field.
        public let procedures: [LoginAuthenticationProcedureDesc]?

        /// The `success` field.
        public let success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - procedures: The `procedures` field.
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public init(
            procedures: [LoginAuthenticationProcedureDesc]? = nil,
            success: Bool? = nil,
            error: ErrorCode? = nil
        ) {
            self.procedures = procedures
            self.success = success
            self.error = error
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.procedures = try object.optionalValue([LoginAuthenticationProcedureDesc].self, forKey: "procedures")
            self.success = try object.optionalValue(Bool.self, forKey: "success")
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.procedures, forKey: "procedures")
            try object.encodeValue(self.success, forKey: "success")
            try object.encodeValue(self.error, forKey: "error")
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
            guard ZStackFieldwise.same(lhs.procedures, rhs.procedures) else { return false }
            guard ZStackFieldwise.same(lhs.success, rhs.success) else { return false }
            return ZStackFieldwise.same(lhs.error, rhs.error)
        }
    }
}

nonisolated extension ZStackClient {
    /// GetLoginProcedures
    ///
    /// 获取登录的认证步骤
    ///
    /// `GET /zstack/v1/login/procedures`, synchronous, no authorization.
    ///
    /// - Parameters:
    ///   - username: 用户名
    ///   - loginType: 认证用户类型
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 登录的认证步骤的返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getLoginProcedures(
        username: String,
        loginType: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetLoginProcedures.Response {
        try await getLoginProcedures(
            GetLoginProcedures.Request(
                username: username,
                loginType: loginType,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// GetLoginProcedures
    ///
    /// 获取登录的认证步骤
    ///
    /// `GET /zstack/v1/login/procedures`, synchronous, no authorization.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 登录的认证步骤的返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getLoginProcedures(
        _ request: GetLoginProcedures.Request
    ) async throws -> GetLoginProcedures.Response {
        let call = ZStackRequestBuilder(operation: GetLoginProcedures.operation)
        call.appendQueryItem("username", value: request.username)
        call.appendQueryItem("loginType", value: request.loginType)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
