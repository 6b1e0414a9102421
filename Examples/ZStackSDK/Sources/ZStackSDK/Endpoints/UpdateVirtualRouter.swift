import HTTPTypes

/// 更新虚拟路由器(UpdateVirtualRouter)
///
/// 更新虚拟路由器
///
/// `PUT /zstack/v1/vm-instances/appliances/virtual-routers/{vmInstanceUuid}/actions`, asynchronous, authorization
/// required.
///
/// Category: 虚拟路由器
public nonisolated enum UpdateVirtualRouter {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "UpdateVirtualRouter",
        method: .put,
        pathTemplate: "/zstack/v1/vm-instances/appliances/virtual-routers/{vmInstanceUuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源的UUID，唯一标示该资源
        public var vmInstanceUuid: String

        /// The `defaultRouteL3NetworkUuid` field.
        public var defaultRouteL3NetworkUuid: String?

        /// The `systemTags` field.
        public var systemTags: [String]?

        /// The `userTags` field.
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - vmInstanceUuid: 资源的UUID，唯一标示该资源
        ///   - defaultRouteL3NetworkUuid: The `defaultRouteL3NetworkUuid` field.
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        public init(
            vmInstanceUuid: String,
            defaultRouteL3NetworkUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.vmInstanceUuid = vmInstanceUuid
            self.defaultRouteL3NetworkUuid = defaultRouteL3NetworkUuid
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"updateVirtualRouter": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "updateVirtualRouter"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var defaultRouteL3NetworkUuid: String?

            init(_ request: Request) {
                self.defaultRouteL3NetworkUuid = request.defaultRouteL3NetworkUuid
            }

            private enum CodingKeys: String, CodingKey {
                case defaultRouteL3NetworkUuid = "defaultRouteL3NetworkUuid"
            }
        }
    }

    /// 更新虚拟路由器
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: VirtualRouterVmInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: VirtualRouterVmInventory? = nil) {
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
    /// 更新虚拟路由器(UpdateVirtualRouter)
    ///
    /// 更新虚拟路由器
    ///
    /// `PUT /zstack/v1/vm-instances/appliances/virtual-routers/{vmInstanceUuid}/actions`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - vmInstanceUuid: 资源的UUID，唯一标示该资源
    ///   - defaultRouteL3NetworkUuid: The `defaultRouteL3NetworkUuid` field.
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 更新虚拟路由器
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateVirtualRouter(
        vmInstanceUuid: String,
        defaultRouteL3NetworkUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateVirtualRouter.Response {
        try await updateVirtualRouter(
            UpdateVirtualRouter.Request(
                vmInstanceUuid: vmInstanceUuid,
                defaultRouteL3NetworkUuid: defaultRouteL3NetworkUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// 更新虚拟路由器(UpdateVirtualRouter)
    ///
    /// 更新虚拟路由器
    ///
    /// `PUT /zstack/v1/vm-instances/appliances/virtual-routers/{vmInstanceUuid}/actions`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 更新虚拟路由器
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateVirtualRouter(
        _ request: UpdateVirtualRouter.Request,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateVirtualRouter.Response {
        var call = ZStackRequestBuilder(operation: UpdateVirtualRouter.operation)
        call.setPathParameter("vmInstanceUuid", to: request.vmInstanceUuid)
        call.jsonBody = UpdateVirtualRouter.Body(request)
        return try await perform(call, polling: polling)
    }
}
