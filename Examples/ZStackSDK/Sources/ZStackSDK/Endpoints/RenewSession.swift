import HTTPTypes

/// RenewSession
///
/// 更新会话
///
/// `PUT /zstack/v1/accounts/sessions/{sessionUuid}/renew`, asynchronous, authorization required.
///
/// Category: identity
public nonisolated enum RenewSession {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "RenewSession",
            method: .put,
            pathTemplate: "/zstack/v1/accounts/sessions/{sessionUuid}/renew",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// The `sessionUuid` field.
        public let sessionUuid: String

        /// The `duration` field.
        public let duration: Int64?

        /// The `systemTags` field.
        public let systemTags: [String]?

        /// The `userTags` field.
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - sessionUuid: The `sessionUuid` field.
        ///   - duration: The `duration` field.
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        public init(
            sessionUuid: String,
            duration: Int64? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.sessionUuid = sessionUuid
            self.duration = duration
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
            guard ZStackFieldwise.same(lhs.duration, rhs.duration) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 会话清单
    ///
    /// An ``InventoryReply`` of ``SessionInventory``: the replies that differ only in that type share one generic type.
    public typealias Response = InventoryReply<SessionInventory>
}

nonisolated extension ZStackClient {
    /// RenewSession
    ///
    /// 更新会话
    ///
    /// `PUT /zstack/v1/accounts/sessions/{sessionUuid}/renew`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - sessionUuid: The `sessionUuid` field.
    ///   - duration: The `duration` field.
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 会话清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func renewSession(
        sessionUuid: String,
        duration: Int64? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> RenewSession.Response {
        try await renewSession(
            RenewSession.Request(
                sessionUuid: sessionUuid,
                duration: duration,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// RenewSession
    ///
    /// 更新会话
    ///
    /// `PUT /zstack/v1/accounts/sessions/{sessionUuid}/renew`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 会话清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func renewSession(
        _ request: RenewSession.Request,
        polling: ZStackPolling? = nil
    ) async throws -> RenewSession.Response {
        let call = ZStackRequestBuilder(operation: RenewSession.operation)
        call.setPathParameter("sessionUuid", to: request.sessionUuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "renewSession") { wrapped in
                try wrapped.encodeValue(request.duration, forKey: "duration")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
