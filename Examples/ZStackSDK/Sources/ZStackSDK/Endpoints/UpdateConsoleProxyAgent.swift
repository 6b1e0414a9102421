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
    public static let operation = ZStackOperation(
        id: "UpdateConsoleProxyAgent",
        method: .put,
        pathTemplate: "/zstack/v1/consoles/agents/{uuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源的UUID，唯一标示该资源
        public var uuid: String

        /// 新的控制台代理IP
        public var consoleProxyOverriddenIp: String

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// The `consoleProxyPort` field.
        public var consoleProxyPort: Int?

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
    }

    /// The JSON body of a request: `{"updateConsoleProxyAgent": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "updateConsoleProxyAgent"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var consoleProxyOverriddenIp: String
            var consoleProxyPort: Int?

            init(_ request: Request) {
                self.consoleProxyOverriddenIp = request.consoleProxyOverriddenIp
                self.consoleProxyPort = request.consoleProxyPort
            }

            private enum CodingKeys: String, CodingKey {
                case consoleProxyOverriddenIp = "consoleProxyOverriddenIp"
                case consoleProxyPort = "consoleProxyPort"
            }
        }
    }

    /// 更新控制台代理的结果
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// 更新后的控制台代理
        public var inventory: ConsoleProxyAgentInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: 更新后的控制台代理
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: ConsoleProxyAgentInventory? = nil) {
            self.success = success
            self.error = error
            self.inventory = inventory
        }

        private enum CodingKeys: String, CodingKey {
            case success = "success"
            case error = "error"
            case inventory = "inventory"
        }
    }
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
        var call = ZStackRequestBuilder(operation: UpdateConsoleProxyAgent.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = UpdateConsoleProxyAgent.Body(request)
        return try await perform(call, polling: polling)
    }
}
