import HTTPTypes

/// LogOut
///
/// 退出当前登录状态
///
/// 退出当前登录状态
///
/// `DELETE /zstack/v1/accounts/sessions/{sessionUuid}`, synchronous, no authorization.
///
/// Category: identity
public nonisolated enum LogOut {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "LogOut",
        method: .delete,
        pathTemplate: "/zstack/v1/accounts/sessions/{sessionUuid}",
        requiresAuthorization: false,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Equatable {
        /// 会话UUID
        public let sessionUuid: String

        /// 客户端信息
        public let clientInfo: [String: String]?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - sessionUuid: 会话UUID
        ///   - clientInfo: 客户端信息
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            sessionUuid: String,
            clientInfo: [String: String]? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.sessionUuid = sessionUuid
            self.clientInfo = clientInfo
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// 操作返回结果
    public struct Response: Codable, Sendable, Equatable {
        /// The `success` field.
        public let success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public init(success: Bool? = nil, error: ErrorCode? = nil) {
            self.success = success
            self.error = error
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.success = try object.optionalValue(Bool.self, forKey: "success")
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.success, forKey: "success")
            try object.encodeValue(self.error, forKey: "error")
        }
    }
}

nonisolated extension ZStackClient {
    /// LogOut
    ///
    /// 退出当前登录状态
    ///
    /// 退出当前登录状态
    ///
    /// `DELETE /zstack/v1/accounts/sessions/{sessionUuid}`, synchronous, no authorization.
    ///
    /// - Parameters:
    ///   - sessionUuid: 会话UUID
    ///   - clientInfo: 客户端信息
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 操作返回结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func logOut(
        sessionUuid: String,
        clientInfo: [String: String]? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> LogOut.Response {
        try await logOut(
            LogOut.Request(sessionUuid: sessionUuid, clientInfo: clientInfo, systemTags: systemTags, userTags: userTags)
        )
    }

    /// LogOut
    ///
    /// 退出当前登录状态
    ///
    /// 退出当前登录状态
    ///
    /// `DELETE /zstack/v1/accounts/sessions/{sessionUuid}`, synchronous, no authorization.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 操作返回结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func logOut(
        _ request: LogOut.Request
    ) async throws -> LogOut.Response {
        var call = ZStackRequestBuilder(operation: LogOut.operation)
        call.setPathParameter("sessionUuid", to: request.sessionUuid)
        call.appendQueryMap("clientInfo", entries: request.clientInfo?.mapValues { [$0] })
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}

nonisolated extension ZStackClient {
    /// Closes the session this client sends, with ``logOut(_:)``; the client, and every client that sends the same
    /// session, is then refused by calls that need authorization.
    ///
    /// - Throws: The log-out call's errors, or ``ZStackClientError/noSession(operationID:)`` when the client sends no
    ///   session.
    public func closeSession() async throws {
        guard case .session(let sessionID) = configuration.authorization else {
            throw ZStackClientError.noSession(operationID: LogOut.operation.id)
        }
        _ = try await logOut(LogOut.Request(sessionUuid: sessionID))
    }
}
