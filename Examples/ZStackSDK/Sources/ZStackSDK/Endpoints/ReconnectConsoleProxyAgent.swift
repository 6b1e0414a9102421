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
    public static let operation = ZStackOperation(
        id: "ReconnectConsoleProxyAgent",
        method: .put,
        pathTemplate: "/zstack/v1/consoles/agents",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 控制台代理Agent的UUID
        public var agentUuids: [String]?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

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
    }

    /// The JSON body of a request: `{"reconnectConsoleProxyAgent": {...}}`, with the fields outside the wrapper beside it.
    struct Body: Encodable {
        var wrapped: Wrapped
        var systemTags: [String]?
        var userTags: [String]?

        init(_ request: Request) {
            self.wrapped = Wrapped(request)
            self.systemTags = request.systemTags
            self.userTags = request.userTags
        }

        private enum CodingKeys: String, CodingKey {
            case wrapped = "reconnectConsoleProxyAgent"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var agentUuids: [String]?

            init(_ request: Request) {
                self.agentUuids = request.agentUuids
            }

            private enum CodingKeys: String, CodingKey {
                case agentUuids = "agentUuids"
            }
        }
    }

    /// 控制台代理Agent清单
    public struct Response: Codable, Sendable, Hashable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `success` field.
        public var success: Bool?

        /// 控制台代理Agent清单
        public var inventory: [String: ZStackJSONValue]?

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

        private enum CodingKeys: String, CodingKey {
            case error = "error"
            case success = "success"
            case inventory = "inventory"
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
        var call = ZStackRequestBuilder(operation: ReconnectConsoleProxyAgent.operation)
        call.jsonBody = ReconnectConsoleProxyAgent.Body(request)
        return try await perform(call, polling: polling)
    }
}
