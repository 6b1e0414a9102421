import HTTPTypes

/// ValidateSession
///
/// 验证会话的有效性
///
/// 验证会话的有效性
///
/// `GET /zstack/v1/accounts/sessions/{sessionUuid}/valid`, synchronous, no authorization.
///
/// Category: identity
public nonisolated enum ValidateSession {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "ValidateSession",
            method: .get,
            pathTemplate: "/zstack/v1/accounts/sessions/{sessionUuid}/valid",
            requiresAuthorization: false,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 会话UUID
        public let sessionUuid: String

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - sessionUuid: 会话UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(sessionUuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.sessionUuid = sessionUuid
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
            guard ZStackFieldwise.same(lhs.sessionUuid, rhs.sessionUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 会话是否有效
    public final class Response: Codable, Sendable, Equatable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// The `success` field.
        public let success: Bool?

        /// 会话是否有效
        public let valid: Bool?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - success: The `success` field.
        ///   - valid: 会话是否有效
        public init(error: ErrorCode? = nil, success: Bool? = nil, valid: Bool? = nil) {
            self.error = error
            self.success = success
            self.valid = valid
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
            self.success = try object.optionalValue(Bool.self, forKey: "success")
            self.valid = try object.optionalValue(Bool.self, forKey: "valid")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.error, forKey: "error")
            try object.encodeValue(self.success, forKey: "success")
            try object.encodeValue(self.valid, forKey: "valid")
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
            guard ZStackFieldwise.same(lhs.success, rhs.success) else { return false }
            return ZStackFieldwise.same(lhs.valid, rhs.valid)
        }
    }
}

nonisolated extension ZStackClient {
    /// ValidateSession
    ///
    /// 验证会话的有效性
    ///
    /// 验证会话的有效性
    ///
    /// `GET /zstack/v1/accounts/sessions/{sessionUuid}/valid`, synchronous, no authorization.
    ///
    /// - Parameters:
    ///   - sessionUuid: 会话UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 会话是否有效
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func validateSession(
        sessionUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> ValidateSession.Response {
        try await validateSession(
            ValidateSession.Request(sessionUuid: sessionUuid, systemTags: systemTags, userTags: userTags)
        )
    }

    /// ValidateSession
    ///
    /// 验证会话的有效性
    ///
    /// 验证会话的有效性
    ///
    /// `GET /zstack/v1/accounts/sessions/{sessionUuid}/valid`, synchronous, no authorization.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 会话是否有效
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func validateSession(
        _ request: ValidateSession.Request
    ) async throws -> ValidateSession.Response {
        let call = ZStackRequestBuilder(operation: ValidateSession.operation)
        call.setPathParameter("sessionUuid", to: request.sessionUuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
