import HTTPTypes

/// 加载网络到云主机(AttachL3NetworkToVm)
///
/// 动态添加一个网络到Running或者Stopped的云主机
///
/// `POST /zstack/v1/vm-instances/{vmInstanceUuid}/l3-networks/{l3NetworkUuid}`, asynchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum AttachL3NetworkToVm {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "AttachL3NetworkToVm",
        method: .post,
        pathTemplate: "/zstack/v1/vm-instances/{vmInstanceUuid}/l3-networks/{l3NetworkUuid}",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 云主机UUID
        public var vmInstanceUuid: String

        /// 三层网络UUID
        public var l3NetworkUuid: String

        /// 指定分配给云主机的IP地址
        public var staticIp: String?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// The `driverType` field.
        public var driverType: String?

        /// 自定义网卡MAC地址
        public var customMac: String?

        /// The `vmNicParams` field.
        public var vmNicParams: String?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - vmInstanceUuid: 云主机UUID
        ///   - l3NetworkUuid: 三层网络UUID
        ///   - staticIp: 指定分配给云主机的IP地址
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - driverType: The `driverType` field.
        ///   - customMac: 自定义网卡MAC地址
        ///   - vmNicParams: The `vmNicParams` field.
        public init(
            vmInstanceUuid: String,
            l3NetworkUuid: String,
            staticIp: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            driverType: String? = nil,
            customMac: String? = nil,
            vmNicParams: String? = nil
        ) {
            self.vmInstanceUuid = vmInstanceUuid
            self.l3NetworkUuid = l3NetworkUuid
            self.staticIp = staticIp
            self.systemTags = systemTags
            self.userTags = userTags
            self.driverType = driverType
            self.customMac = customMac
            self.vmNicParams = vmNicParams
        }
    }

    /// The JSON body of a request: `{"params": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "params"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var staticIp: String?
            var driverType: String?
            var customMac: String?
            var vmNicParams: String?

            init(_ request: Request) {
                self.staticIp = request.staticIp
                self.driverType = request.driverType
                self.customMac = request.customMac
                self.vmNicParams = request.vmNicParams
            }

            private enum CodingKeys: String, CodingKey {
                case staticIp = "staticIp"
                case driverType = "driverType"
                case customMac = "customMac"
                case vmNicParams = "vmNicParams"
            }
        }
    }

    /// 云主机清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: VmInstanceInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: VmInstanceInventory? = nil) {
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
    /// 加载网络到云主机(AttachL3NetworkToVm)
    ///
    /// 动态添加一个网络到Running或者Stopped的云主机
    ///
    /// `POST /zstack/v1/vm-instances/{vmInstanceUuid}/l3-networks/{l3NetworkUuid}`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - vmInstanceUuid: 云主机UUID
    ///   - l3NetworkUuid: 三层网络UUID
    ///   - staticIp: 指定分配给云主机的IP地址
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - driverType: The `driverType` field.
    ///   - customMac: 自定义网卡MAC地址
    ///   - vmNicParams: The `vmNicParams` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func attachL3NetworkToVm(
        vmInstanceUuid: String,
        l3NetworkUuid: String,
        staticIp: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        driverType: String? = nil,
        customMac: String? = nil,
        vmNicParams: String? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AttachL3NetworkToVm.Response {
        try await attachL3NetworkToVm(
            AttachL3NetworkToVm.Request(
                vmInstanceUuid: vmInstanceUuid,
                l3NetworkUuid: l3NetworkUuid,
                staticIp: staticIp,
                systemTags: systemTags,
                userTags: userTags,
                driverType: driverType,
                customMac: customMac,
                vmNicParams: vmNicParams
            ),
            polling: polling
        )
    }

    /// 加载网络到云主机(AttachL3NetworkToVm)
    ///
    /// 动态添加一个网络到Running或者Stopped的云主机
    ///
    /// `POST /zstack/v1/vm-instances/{vmInstanceUuid}/l3-networks/{l3NetworkUuid}`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func attachL3NetworkToVm(
        _ request: AttachL3NetworkToVm.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AttachL3NetworkToVm.Response {
        var call = ZStackRequestBuilder(operation: AttachL3NetworkToVm.operation)
        call.setPathParameter("vmInstanceUuid", to: request.vmInstanceUuid)
        call.setPathParameter("l3NetworkUuid", to: request.l3NetworkUuid)
        call.jsonBody = AttachL3NetworkToVm.Body(request)
        return try await perform(call, polling: polling)
    }
}
