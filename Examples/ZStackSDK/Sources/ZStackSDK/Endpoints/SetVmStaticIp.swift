import HTTPTypes

/// 指定云主机IP(SetVmStaticIp)
///
/// 给云主机网卡指定IP，用户可以通过该API控制ZStack分配给云主机网卡的IP。
///
/// 用户要确保指定的IP在指定三层网络，并且IP未被占用。
///
/// `PUT /zstack/v1/vm-instances/{vmInstanceUuid}/actions`, asynchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum SetVmStaticIp {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "SetVmStaticIp",
            method: .put,
            pathTemplate: "/zstack/v1/vm-instances/{vmInstanceUuid}/actions",
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

        /// 指定IP地址
        public let ip: String?

        /// 指定IPv6地址
        public let ip6: String?

        /// The `systemTags` field.
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// IPv4子网掩码
        public let netmask: String?

        /// IPv4网关
        public let gateway: String?

        /// IPv6网关
        public let ipv6Gateway: String?

        /// IPv6前缀长度
        public let ipv6Prefix: String?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - vmInstanceUuid: 云主机UUID
        ///   - l3NetworkUuid: 三层网络UUID
        ///   - ip: 指定IP地址
        ///   - ip6: 指定IPv6地址
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: 用户标签
        ///   - netmask: IPv4子网掩码
        ///   - gateway: IPv4网关
        ///   - ipv6Gateway: IPv6网关
        ///   - ipv6Prefix: IPv6前缀长度
        public init(
            vmInstanceUuid: String,
            l3NetworkUuid: String,
            ip: String? = nil,
            ip6: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            netmask: String? = nil,
            gateway: String? = nil,
            ipv6Gateway: String? = nil,
            ipv6Prefix: String? = nil
        ) {
            self.vmInstanceUuid = vmInstanceUuid
            self.l3NetworkUuid = l3NetworkUuid
            self.ip = ip
            self.ip6 = ip6
            self.systemTags = systemTags
            self.userTags = userTags
            self.netmask = netmask
            self.gateway = gateway
            self.ipv6Gateway = ipv6Gateway
            self.ipv6Prefix = ipv6Prefix
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
            guard ZStackFieldwise.same(lhs.ip, rhs.ip) else { return false }
            guard ZStackFieldwise.same(lhs.ip6, rhs.ip6) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            guard ZStackFieldwise.same(lhs.netmask, rhs.netmask) else { return false }
            guard ZStackFieldwise.same(lhs.gateway, rhs.gateway) else { return false }
            guard ZStackFieldwise.same(lhs.ipv6Gateway, rhs.ipv6Gateway) else { return false }
            return ZStackFieldwise.same(lhs.ipv6Prefix, rhs.ipv6Prefix)
        }
    }

    /// 设置云主机指定IP结果
    ///
    /// The same type as ``AddPolicyStatementsToRole/Response``: the replies have the same fields.
    public typealias Response = AddPolicyStatementsToRole.Response
}

nonisolated extension ZStackClient {
    /// 指定云主机IP(SetVmStaticIp)
    ///
    /// 给云主机网卡指定IP，用户可以通过该API控制ZStack分配给云主机网卡的IP。
    ///
    /// 用户要确保指定的IP在指定三层网络，并且IP未被占用。
    ///
    /// `PUT /zstack/v1/vm-instances/{vmInstanceUuid}/actions`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - vmInstanceUuid: 云主机UUID
    ///   - l3NetworkUuid: 三层网络UUID
    ///   - ip: 指定IP地址
    ///   - ip6: 指定IPv6地址
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: 用户标签
    ///   - netmask: IPv4子网掩码
    ///   - gateway: IPv4网关
    ///   - ipv6Gateway: IPv6网关
    ///   - ipv6Prefix: IPv6前缀长度
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 设置云主机指定IP结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func setVmStaticIp(
        vmInstanceUuid: String,
        l3NetworkUuid: String,
        ip: String? = nil,
        ip6: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        netmask: String? = nil,
        gateway: String? = nil,
        ipv6Gateway: String? = nil,
        ipv6Prefix: String? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> SetVmStaticIp.Response {
        try await setVmStaticIp(
            SetVmStaticIp.Request(
                vmInstanceUuid: vmInstanceUuid,
                l3NetworkUuid: l3NetworkUuid,
                ip: ip,
                ip6: ip6,
                systemTags: systemTags,
                userTags: userTags,
                netmask: netmask,
                gateway: gateway,
                ipv6Gateway: ipv6Gateway,
                ipv6Prefix: ipv6Prefix
            ),
            polling: polling
        )
    }

    /// 指定云主机IP(SetVmStaticIp)
    ///
    /// 给云主机网卡指定IP，用户可以通过该API控制ZStack分配给云主机网卡的IP。
    ///
    /// 用户要确保指定的IP在指定三层网络，并且IP未被占用。
    ///
    /// `PUT /zstack/v1/vm-instances/{vmInstanceUuid}/actions`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 设置云主机指定IP结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func setVmStaticIp(
        _ request: SetVmStaticIp.Request,
        polling: ZStackPolling? = nil
    ) async throws -> SetVmStaticIp.Response {
        let call = ZStackRequestBuilder(operation: SetVmStaticIp.operation)
        call.setPathParameter("vmInstanceUuid", to: request.vmInstanceUuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "setVmStaticIp") { wrapped in
                try wrapped.encodeValue(request.l3NetworkUuid, forKey: "l3NetworkUuid")
                try wrapped.encodeValue(request.ip, forKey: "ip")
                try wrapped.encodeValue(request.ip6, forKey: "ip6")
                try wrapped.encodeValue(request.netmask, forKey: "netmask")
                try wrapped.encodeValue(request.gateway, forKey: "gateway")
                try wrapped.encodeValue(request.ipv6Gateway, forKey: "ipv6Gateway")
                try wrapped.encodeValue(request.ipv6Prefix, forKey: "ipv6Prefix")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
