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
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "LogOut",
            method: .delete,
            pathTemplate: "/zstack/v1/accounts/sessions/{sessionUuid}",
            requiresAuthorization: false,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
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
            guard ZStackFieldwise.same(lhs.clientInfo, rhs.clientInfo) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 操作返回结果
    ///
    /// The same type as ``AddPolicyStatementsToRole/Response``: the replies have the same fields.
    public typealias Response = AddPolicyStatementsToRole.Response
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
        let call = ZStackRequestBuilder(operation: LogOut.operation)
        call.setPathParameter("sessionUuid", to: request.sessionUuid)
        call.appendQueryMap("clientInfo", entries: ZStackRequestBuilder.texts(request.clientInfo))
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
