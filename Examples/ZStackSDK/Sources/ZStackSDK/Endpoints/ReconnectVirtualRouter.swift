import HTTPTypes

/// 重连虚拟路由器(ReconnectVirtualRouter)
///
/// 重连虚拟路由器
///
/// `PUT /zstack/v1/vm-instances/appliances/virtual-routers/{vmInstanceUuid}/actions`, asynchronous, authorization
/// required.
///
/// Category: 虚拟路由器
public nonisolated enum ReconnectVirtualRouter {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "ReconnectVirtualRouter",
        method: .put,
        pathTemplate: "/zstack/v1/vm-instances/appliances/virtual-routers/{vmInstanceUuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 云主机UUID
        public var vmInstanceUuid: String

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - vmInstanceUuid: 云主机UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(vmInstanceUuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.vmInstanceUuid = vmInstanceUuid
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"reconnectVirtualRouter": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "reconnectVirtualRouter"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The inside of the wrapper: every field stays outside it, so it encodes as `{}`.
        struct Wrapped: Encodable {
            init(_ request: Request) {}
        }
    }

    /// 重连虚拟路由器返回值
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: ApplianceVmInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: ApplianceVmInventory? = nil) {
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
    /// 重连虚拟路由器(ReconnectVirtualRouter)
    ///
    /// 重连虚拟路由器
    ///
    /// `PUT /zstack/v1/vm-instances/appliances/virtual-routers/{vmInstanceUuid}/actions`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - vmInstanceUuid: 云主机UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 重连虚拟路由器返回值
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func reconnectVirtualRouter(
        vmInstanceUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> ReconnectVirtualRouter.Response {
        try await reconnectVirtualRouter(
            ReconnectVirtualRouter.Request(vmInstanceUuid: vmInstanceUuid, systemTags: systemTags, userTags: userTags),
            polling: polling
        )
    }

    /// 重连虚拟路由器(ReconnectVirtualRouter)
    ///
    /// 重连虚拟路由器
    ///
    /// `PUT /zstack/v1/vm-instances/appliances/virtual-routers/{vmInstanceUuid}/actions`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 重连虚拟路由器返回值
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func reconnectVirtualRouter(
        _ request: ReconnectVirtualRouter.Request,
        polling: ZStackPolling? = nil
    ) async throws -> ReconnectVirtualRouter.Response {
        var call = ZStackRequestBuilder(operation: ReconnectVirtualRouter.operation)
        call.setPathParameter("vmInstanceUuid", to: request.vmInstanceUuid)
        call.jsonBody = ReconnectVirtualRouter.Body(request)
        return try await perform(call, polling: polling)
    }
}
