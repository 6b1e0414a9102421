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
    public static let operation = ZStackOperation(
        id: "RenewSession",
        method: .put,
        pathTemplate: "/zstack/v1/accounts/sessions/{sessionUuid}/renew",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Equatable {
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
        /// `Equatable`'s `==` under a name of its own, as a synthesized `==` is declared, so that it does not
        /// join the overloads that every `==` in this module and in its importers is checked against.
        ///
        /// - Parameters:
        ///   - lhs: A value.
        ///   - rhs: Another value.
        /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
        @_implements(Equatable,==(_:_:))
        public static func fieldsAreEqual(_ lhs: Self, _ rhs: Self) -> Bool {
            ZStackFieldwise.equal(
                (lhs.sessionUuid, lhs.duration, lhs.systemTags, lhs.userTags),
                (rhs.sessionUuid, rhs.duration, rhs.systemTags, rhs.userTags)
            )
        }
    }

    /// 会话清单
    public struct Response: Codable, Sendable, Equatable {
        /// The `success` field.
        public let success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// The `inventory` field.
        public let inventory: SessionInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: SessionInventory? = nil) {
            self.success = success
            self.error = error
            self.inventory = inventory
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.success = try object.optionalValue(Bool.self, forKey: "success")
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
            self.inventory = try object.optionalValue(SessionInventory.self, forKey: "inventory")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.success, forKey: "success")
            try object.encodeValue(self.error, forKey: "error")
            try object.encodeValue(self.inventory, forKey: "inventory")
        }

        /// Whether two values are equal (`==`): all their fields are.
        ///
        /// `Equatable`'s `==` under a name of its own, as a synthesized `==` is declared, so that it does not
        /// join the overloads that every `==` in this module and in its importers is checked against.
        ///
        /// - Parameters:
        ///   - lhs: A value.
        ///   - rhs: Another value.
        /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
        @_implements(Equatable,==(_:_:))
        public static func fieldsAreEqual(_ lhs: Self, _ rhs: Self) -> Bool {
            ZStackFieldwise.equal((lhs.success, lhs.error, lhs.inventory), (rhs.success, rhs.error, rhs.inventory))
        }
    }
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
        var call = ZStackRequestBuilder(operation: RenewSession.operation)
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
