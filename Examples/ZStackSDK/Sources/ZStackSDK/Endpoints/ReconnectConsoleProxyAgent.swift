import HTTPTypes

/// ReconnectConsoleProxyAgent
///
/// 重连控制台代理Agent
///
/// 重连控制台代理Agent
///
/// `PUT /zstack/v1/consoles/agents`, asynchronous, authorization required.
///
/// Category: console
public nonisolated enum ReconnectConsoleProxyAgent {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "ReconnectConsoleProxyAgent",
            method: .put,
            pathTemplate: "/zstack/v1/consoles/agents",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 控制台代理Agent的UUID
        public let agentUuids: [String]?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - agentUuids: 控制台代理Agent的UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(agentUuids: [String]? = nil, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.agentUuids = agentUuids
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
            guard ZStackFieldwise.same(lhs.agentUuids, rhs.agentUuids) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 控制台代理Agent清单
    public final class Response: Codable, Sendable, Equatable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// The `success` field.
        public let success: Bool?

        /// 控制台代理Agent清单
        public let inventory: [String: ZStackJSONValue]?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - success: The `success` field.
        ///   - inventory: 控制台代理Agent清单
        public init(error: ErrorCode? = nil, success: Bool? = nil, inventory: [String: ZStackJSONValue]? = nil) {
            self.error = error
            self.success = success
            self.inventory = inventory
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
            self.success = try object.optionalValue(Bool.self, forKey: "success")
            self.inventory = try object.optionalValue([String: ZStackJSONValue].self, forKey: "inventory")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.error, forKey: "error")
            try object.encodeValue(self.success, forKey: "success")
            try object.encodeValue(self.inventory, forKey: "inventory")
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
            return ZStackFieldwise.same(lhs.inventory, rhs.inventory)
        }
    }
}

nonisolated extension ZStackClient {
    /// ReconnectConsoleProxyAgent
    ///
    /// 重连控制台代理Agent
    ///
    /// 重连控制台代理Agent
    ///
    /// `PUT /zstack/v1/consoles/agents`, asynchronous, authorization required. The method returns when the server's job
    /// has finished.
    ///
    /// - Parameters:
    ///   - agentUuids: 控制台代理Agent的UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 控制台代理Agent清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func reconnectConsoleProxyAgent(
        agentUuids: [String]? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> ReconnectConsoleProxyAgent.Response {
        try await reconnectConsoleProxyAgent(
            ReconnectConsoleProxyAgent.Request(agentUuids: agentUuids, systemTags: systemTags, userTags: userTags),
            polling: polling
        )
    }

    /// ReconnectConsoleProxyAgent
    ///
    /// 重连控制台代理Agent
    ///
    /// 重连控制台代理Agent
    ///
    /// `PUT /zstack/v1/consoles/agents`, asynchronous, authorization required. The method returns when the server's job
    /// has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 控制台代理Agent清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func reconnectConsoleProxyAgent(
        _ request: ReconnectConsoleProxyAgent.Request,
        polling: ZStackPolling? = nil
    ) async throws -> ReconnectConsoleProxyAgent.Response {
        let call = ZStackRequestBuilder(operation: ReconnectConsoleProxyAgent.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "reconnectConsoleProxyAgent") { wrapped in
                try wrapped.encodeValue(request.agentUuids, forKey: "agentUuids")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
