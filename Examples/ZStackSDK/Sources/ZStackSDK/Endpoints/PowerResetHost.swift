import HTTPTypes

/// PowerResetHost
///
/// 重启物理机
///
/// 重启一台物理机
///
/// `PUT /zstack/v1/hosts/power/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: host
public nonisolated enum PowerResetHost {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "PowerResetHost",
        method: .put,
        pathTemplate: "/zstack/v1/hosts/power/{uuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源的UUID，唯一标示该资源
        public var uuid: String

        /// 重启方式
        public var method: PowerResetHostMethod?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// 是否提前返回
        public var returnEarly: Bool?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - method: 重启方式
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - returnEarly: 是否提前返回
        public init(
            uuid: String,
            method: PowerResetHostMethod? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            returnEarly: Bool? = nil
        ) {
            self.uuid = uuid
            self.method = method
            self.systemTags = systemTags
            self.userTags = userTags
            self.returnEarly = returnEarly
        }
    }

    /// The JSON body of a request: `{"powerResetHost": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "powerResetHost"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var method: PowerResetHostMethod?
            var returnEarly: Bool?

            init(_ request: Request) {
                self.method = request.method
                self.returnEarly = request.returnEarly
            }

            private enum CodingKeys: String, CodingKey {
                case method = "method"
                case returnEarly = "returnEarly"
            }
        }
    }

    /// 重启物理机消息回复
    public struct Response: Codable, Sendable, Hashable {
        /// 物理机信息
        public var inventory: HostInventory?

        /// 是否成功
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - inventory: 物理机信息
        ///   - success: 是否成功
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public init(inventory: HostInventory? = nil, success: Bool? = nil, error: ErrorCode? = nil) {
            self.inventory = inventory
            self.success = success
            self.error = error
        }

        private enum CodingKeys: String, CodingKey {
            case inventory = "inventory"
            case success = "success"
            case error = "error"
        }
    }
}

nonisolated extension ZStackClient {
    /// PowerResetHost
    ///
    /// 重启物理机
    ///
    /// 重启一台物理机
    ///
    /// `PUT /zstack/v1/hosts/power/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - method: 重启方式
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - returnEarly: 是否提前返回
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 重启物理机消息回复
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func powerResetHost(
        uuid: String,
        method: PowerResetHostMethod? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        returnEarly: Bool? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> PowerResetHost.Response {
        try await powerResetHost(
            PowerResetHost.Request(
                uuid: uuid,
                method: method,
                systemTags: systemTags,
                userTags: userTags,
                returnEarly: returnEarly
            ),
            polling: polling
        )
    }

    /// PowerResetHost
    ///
    /// 重启物理机
    ///
    /// 重启一台物理机
    ///
    /// `PUT /zstack/v1/hosts/power/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 重启物理机消息回复
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func powerResetHost(
        _ request: PowerResetHost.Request,
        polling: ZStackPolling? = nil
    ) async throws -> PowerResetHost.Response {
        var call = ZStackRequestBuilder(operation: PowerResetHost.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = PowerResetHost.Body(request)
        return try await perform(call, polling: polling)
    }
}
