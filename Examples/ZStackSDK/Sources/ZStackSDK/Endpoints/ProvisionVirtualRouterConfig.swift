import HTTPTypes

/// 重新配置虚拟路由器(ProvisionVirtualRouterConfig)
///
/// 重新配置虚拟路由器
///
/// `PUT /zstack/v1/vm-instances/appliances/virtual-routers/{vmInstanceUuid}/provision`, asynchronous, authorization
/// required.
///
/// Category: 虚拟路由器
public nonisolated enum ProvisionVirtualRouterConfig {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "ProvisionVirtualRouterConfig",
        method: .put,
        pathTemplate: "/zstack/v1/vm-instances/appliances/virtual-routers/{vmInstanceUuid}/provision",
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

    /// The JSON body of a request: `{"provisionVirtualRouterConfig": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "provisionVirtualRouterConfig"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The inside of the wrapper: every field stays outside it, so it encodes as `{}`.
        struct Wrapped: Encodable {
            init(_ request: Request) {}
        }
    }

    /// 重新配置虚拟路由器的结果
    public struct Response: Codable, Sendable, Hashable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: ApplianceVmInventory?

        /// 操作是否成功
        public var success: Bool?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        ///   - success: 操作是否成功
        public init(error: ErrorCode? = nil, inventory: ApplianceVmInventory? = nil, success: Bool? = nil) {
            self.error = error
            self.inventory = inventory
            self.success = success
        }

        private enum CodingKeys: String, CodingKey {
            case error = "error"
            case inventory = "inventory"
            case success = "success"
        }
    }
}

nonisolated extension ZStackClient {
    /// 重新配置虚拟路由器(ProvisionVirtualRouterConfig)
    ///
    /// 重新配置虚拟路由器
    ///
    /// `PUT /zstack/v1/vm-instances/appliances/virtual-routers/{vmInstanceUuid}/provision`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - vmInstanceUuid: 云主机UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 重新配置虚拟路由器的结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func provisionVirtualRouterConfig(
        vmInstanceUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> ProvisionVirtualRouterConfig.Response {
        try await provisionVirtualRouterConfig(
            ProvisionVirtualRouterConfig.Request(
                vmInstanceUuid: vmInstanceUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// 重新配置虚拟路由器(ProvisionVirtualRouterConfig)
    ///
    /// 重新配置虚拟路由器
    ///
    /// `PUT /zstack/v1/vm-instances/appliances/virtual-routers/{vmInstanceUuid}/provision`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 重新配置虚拟路由器的结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func provisionVirtualRouterConfig(
        _ request: ProvisionVirtualRouterConfig.Request,
        polling: ZStackPolling? = nil
    ) async throws -> ProvisionVirtualRouterConfig.Response {
        var call = ZStackRequestBuilder(operation: ProvisionVirtualRouterConfig.operation)
        call.setPathParameter("vmInstanceUuid", to: request.vmInstanceUuid)
        call.jsonBody = ProvisionVirtualRouterConfig.Body(request)
        return try await perform(call, polling: polling)
    }
}
