import HTTPTypes

/// UpdateConsoleProxyAgent
///
/// 更新控制台代理
///
/// 更新控制台代理
///
/// `PUT /zstack/v1/consoles/agents/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: console
public nonisolated enum UpdateConsoleProxyAgent {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "UpdateConsoleProxyAgent",
            method: .put,
            pathTemplate: "/zstack/v1/consoles/agents/{uuid}/actions",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 资源的UUID，唯一标示该资源
        public let uuid: String

        /// 新的控制台代理IP
        public let consoleProxyOverriddenIp: String

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// The `consoleProxyPort` field.
        public let consoleProxyPort: Int?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - consoleProxyOverriddenIp: 新的控制台代理IP
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - consoleProxyPort: The `consoleProxyPort` field.
        public init(
            uuid: String,
            consoleProxyOverriddenIp: String,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            consoleProxyPort: Int? = nil
        ) {
            self.uuid = uuid
            self.consoleProxyOverriddenIp = consoleProxyOverriddenIp
            self.systemTags = systemTags
            self.userTags = userTags
            self.consoleProxyPort = consoleProxyPort
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
            guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
            guard ZStackFieldwise.same(lhs.consoleProxyOverriddenIp, rhs.consoleProxyOverriddenIp) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            return ZStackFieldwise.same(lhs.consoleProxyPort, rhs.consoleProxyPort)
        }
    }

    /// 更新控制台代理的结果
    ///
    /// An ``InventoryReply`` of ``ConsoleProxyAgentInventory``: the replies that differ only in that type share one
    /// generic type.
    ///
    /// - `inventory`: 更新后的控制台代理
    public typealias Response = InventoryReply<ConsoleProxyAgentInventory>
}

nonisolated extension ZStackClient {
    /// UpdateConsoleProxyAgent
    ///
    /// 更新控制台代理
    ///
    /// 更新控制台代理
    ///
    /// `PUT /zstack/v1/consoles/agents/{uuid}/actions`, asynchronous, authorization required. The method returns when
    /// the server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - consoleProxyOverriddenIp: 新的控制台代理IP
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - consoleProxyPort: The `consoleProxyPort` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 更新控制台代理的结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateConsoleProxyAgent(
        uuid: String,
        consoleProxyOverriddenIp: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        consoleProxyPort: Int? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateConsoleProxyAgent.Response {
        try await updateConsoleProxyAgent(
            UpdateConsoleProxyAgent.Request(
                uuid: uuid,
                consoleProxyOverriddenIp: consoleProxyOverriddenIp,
                systemTags: systemTags,
                userTags: userTags,
                consoleProxyPort: consoleProxyPort
            ),
            polling: polling
        )
    }

    /// UpdateConsoleProxyAgent
    ///
    /// 更新控制台代理
    ///
    /// 更新控制台代理
    ///
    /// `PUT /zstack/v1/consoles/agents/{uuid}/actions`, asynchronous, authorization required. The method returns when
    /// the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 更新控制台代理的结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateConsoleProxyAgent(
        _ request: UpdateConsoleProxyAgent.Request,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateConsoleProxyAgent.Response {
        let call = ZStackRequestBuilder(operation: UpdateConsoleProxyAgent.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "updateConsoleProxyAgent") { wrapped in
                try wrapped.encodeValue(request.consoleProxyOverriddenIp, forKey: "consoleProxyOverriddenIp")
                try wrapped.encodeValue(request.consoleProxyPort, forKey: "consoleProxyPort")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
