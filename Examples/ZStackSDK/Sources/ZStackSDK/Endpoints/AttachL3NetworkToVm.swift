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
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "AttachL3NetworkToVm",
            method: .post,
            pathTemplate: "/zstack/v1/vm-instances/{vmInstanceUuid}/l3-networks/{l3NetworkUuid}",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 云主机UUID
        public let vmInstanceUuid: String

        /// 三层网络UUID
        public let l3NetworkUuid: String

        /// 指定分配给云主机的IP地址
        public let staticIp: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// The `driverType` field.
        public let driverType: String?

        /// 自定义网卡MAC地址
        public let customMac: String?

        /// The `vmNicParams` field.
        public let vmNicParams: String?

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
            guard ZStackFieldwise.same(lhs.vmInstanceUuid, rhs.vmInstanceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.l3NetworkUuid, rhs.l3NetworkUuid) else { return false }
            guard ZStackFieldwise.same(lhs.staticIp, rhs.staticIp) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            guard ZStackFieldwise.same(lhs.driverType, rhs.driverType) else { return false }
            guard ZStackFieldwise.same(lhs.customMac, rhs.customMac) else { return false }
            return ZStackFieldwise.same(lhs.vmNicParams, rhs.vmNicParams)
        }
    }

    /// 云主机清单
    ///
    /// An ``InventoryReply`` of ``VmInstanceInventory``: the replies that differ only in that type share one generic
    /// type.
    public typealias Response = InventoryReply<VmInstanceInventory>
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
        let call = ZStackRequestBuilder(operation: AttachL3NetworkToVm.operation)
        call.setPathParameter("vmInstanceUuid", to: request.vmInstanceUuid)
        call.setPathParameter("l3NetworkUuid", to: request.l3NetworkUuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.staticIp, forKey: "staticIp")
                try wrapped.encodeValue(request.driverType, forKey: "driverType")
                try wrapped.encodeValue(request.customMac, forKey: "customMac")
                try wrapped.encodeValue(request.vmNicParams, forKey: "vmNicParams")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
