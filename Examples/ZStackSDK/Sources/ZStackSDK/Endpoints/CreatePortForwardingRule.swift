import HTTPTypes

/// CreatePortForwardingRule
///
/// 用户可以使用CreatePortForwardingRule来创建一个端口转发规则, 并可以同时挂载或者不挂载到虚拟机网卡上
///
/// 用户可以使用CreatePortForwardingRule来创建一个端口转发规则, 并可以同时挂载或者不挂载到虚拟机网卡上
///
/// `POST /zstack/v1/port-forwarding`, asynchronous, authorization required.
///
/// Category: portForwarding
public nonisolated enum CreatePortForwardingRule {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "CreatePortForwardingRule",
            method: .post,
            pathTemplate: "/zstack/v1/port-forwarding",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// VIP UUID
        public let vipUuid: String

        /// VIP的起始端口号
        public let vipPortStart: Int

        /// 网络流量协议类型
        public let protocolType: CreatePortForwardingRuleProtocolType

        /// 资源名称
        public let name: String

        /// VIP的结束端口号; 如果忽略不设置, 会默认设置为vipPortStart
        public let vipPortEnd: Int?

        /// 客户IP（虚拟机网卡的IP地址）的起始端口号; 如果忽略不设置, 会默认设置为vipPortStart
        public let privatePortStart: Int?

        /// 客户IP（虚拟机网卡的IP地址）的结束端口号; 如果忽略不设置, 会默认设置为vipPortEnd
        public let privatePortEnd: Int?

        /// 云主机网卡UUID
        public let vmNicUuid: String?

        /// 源CIDR; 端口转发规则只作用于源CIDR的流量; 如果忽略不设置, 会默认设置为to 0.0.0.0/0
        public let allowedCidr: String?

        /// 资源的详细描述
        public let description: String?

        /// 用户指定的资源UUID，若指定，系统不会为该资源随机分配UUID
        public let resourceUuid: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// 标签UUID列表
        public let tagUuids: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - vipUuid: VIP UUID
        ///   - vipPortStart: VIP的起始端口号
        ///   - protocolType: 网络流量协议类型
        ///   - name: 资源名称
        ///   - vipPortEnd: VIP的结束端口号; 如果忽略不设置, 会默认设置为vipPortStart
        ///   - privatePortStart: 客户IP（虚拟机网卡的IP地址）的起始端口号; 如果忽略不设置, 会默认设置为vipPortStart
        ///   - privatePortEnd: 客户IP（虚拟机网卡的IP地址）的结束端口号; 如果忽略不设置, 会默认设置为vipPortEnd
        ///   - vmNicUuid: 云主机网卡UUID
        ///   - allowedCidr: 源CIDR; 端口转发规则只作用于源CIDR的流量; 如果忽略不设置, 会默认设置为to 0.0.0.0/0
        ///   - description: 资源的详细描述
        ///   - resourceUuid: 用户指定的资源UUID，若指定，系统不会为该资源随机分配UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - tagUuids: 标签UUID列表
        public init(
            vipUuid: String,
            vipPortStart: Int,
            protocolType: CreatePortForwardingRuleProtocolType,
            name: String,
            vipPortEnd: Int? = nil,
            privatePortStart: Int? = nil,
            privatePortEnd: Int? = nil,
            vmNicUuid: String? = nil,
            allowedCidr: String? = nil,
            description: String? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            tagUuids: [String]? = nil
        ) {
            self.vipUuid = vipUuid
            self.vipPortStart = vipPortStart
            self.protocolType = protocolType
            self.name = name
            self.vipPortEnd = vipPortEnd
            self.privatePortStart = privatePortStart
            self.privatePortEnd = privatePortEnd
            self.vmNicUuid = vmNicUuid
            self.allowedCidr = allowedCidr
            self.description = description
            self.resourceUuid = resourceUuid
            self.systemTags = systemTags
            self.userTags = userTags
            self.tagUuids = tagUuids
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
            guard ZStackFieldwise.same(lhs.vipUuid, rhs.vipUuid) else { return false }
            guard ZStackFieldwise.same(lhs.vipPortStart, rhs.vipPortStart) else { return false }
            guard ZStackFieldwise.same(lhs.protocolType, rhs.protocolType) else { return false }
            guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
            guard ZStackFieldwise.same(lhs.vipPortEnd, rhs.vipPortEnd) else { return false }
            guard ZStackFieldwise.same(lhs.privatePortStart, rhs.privatePortStart) else { return false }
            guard ZStackFieldwise.same(lhs.privatePortEnd, rhs.privatePortEnd) else { return false }
            guard ZStackFieldwise.same(lhs.vmNicUuid, rhs.vmNicUuid) else { return false }
            guard ZStackFieldwise.same(lhs.allowedCidr, rhs.allowedCidr) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            return ZStackFieldwise.same(lhs.tagUuids, rhs.tagUuids)
        }
    }

    /// 端口转发规则清单
    ///
    /// An ``InventoryReply`` of ``PortForwardingRuleInventory``: the replies that differ only in that type share one
    /// generic type.
    public typealias Response = InventoryReply<PortForwardingRuleInventory>
}

nonisolated extension ZStackClient {
    /// CreatePortForwardingRule
    ///
    /// 用户可以使用CreatePortForwardingRule来创建一个端口转发规则, 并可以同时挂载或者不挂载到虚拟机网卡上
    ///
    /// 用户可以使用CreatePortForwardingRule来创建一个端口转发规则, 并可以同时挂载或者不挂载到虚拟机网卡上
    ///
    /// `POST /zstack/v1/port-forwarding`, asynchronous, authorization required. The method returns when the server's
    /// job has finished.
    ///
    /// - Parameters:
    ///   - vipUuid: VIP UUID
    ///   - vipPortStart: VIP的起始端口号
    ///   - protocolType: 网络流量协议类型
    ///   - name: 资源名称
    ///   - vipPortEnd: VIP的结束端口号; 如果忽略不设置, 会默认设置为vipPortStart
    ///   - privatePortStart: 客户IP（虚拟机网卡的IP地址）的起始端口号; 如果忽略不设置, 会默认设置为vipPortStart
    ///   - privatePortEnd: 客户IP（虚拟机网卡的IP地址）的结束端口号; 如果忽略不设置, 会默认设置为vipPortEnd
    ///   - vmNicUuid: 云主机网卡UUID
    ///   - allowedCidr: 源CIDR; 端口转发规则只作用于源CIDR的流量; 如果忽略不设置, 会默认设置为to 0.0.0.0/0
    ///   - description: 资源的详细描述
    ///   - resourceUuid: 用户指定的资源UUID，若指定，系统不会为该资源随机分配UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - tagUuids: 标签UUID列表
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 端口转发规则清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createPortForwardingRule(
        vipUuid: String,
        vipPortStart: Int,
        protocolType: CreatePortForwardingRuleProtocolType,
        name: String,
        vipPortEnd: Int? = nil,
        privatePortStart: Int? = nil,
        privatePortEnd: Int? = nil,
        vmNicUuid: String? = nil,
        allowedCidr: String? = nil,
        description: String? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        tagUuids: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreatePortForwardingRule.Response {
        try await createPortForwardingRule(
            CreatePortForwardingRule.Request(
                vipUuid: vipUuid,
                vipPortStart: vipPortStart,
                protocolType: protocolType,
                name: name,
                vipPortEnd: vipPortEnd,
                privatePortStart: privatePortStart,
                privatePortEnd: privatePortEnd,
                vmNicUuid: vmNicUuid,
                allowedCidr: allowedCidr,
                description: description,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                tagUuids: tagUuids
            ),
            polling: polling
        )
    }

    /// CreatePortForwardingRule
    ///
    /// 用户可以使用CreatePortForwardingRule来创建一个端口转发规则, 并可以同时挂载或者不挂载到虚拟机网卡上
    ///
    /// 用户可以使用CreatePortForwardingRule来创建一个端口转发规则, 并可以同时挂载或者不挂载到虚拟机网卡上
    ///
    /// `POST /zstack/v1/port-forwarding`, asynchronous, authorization required. The method returns when the server's
    /// job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 端口转发规则清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createPortForwardingRule(
        _ request: CreatePortForwardingRule.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreatePortForwardingRule.Response {
        let call = ZStackRequestBuilder(operation: CreatePortForwardingRule.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.vipUuid, forKey: "vipUuid")
                try wrapped.encodeValue(request.vipPortStart, forKey: "vipPortStart")
                try wrapped.encodeValue(request.vipPortEnd, forKey: "vipPortEnd")
                try wrapped.encodeValue(request.privatePortStart, forKey: "privatePortStart")
                try wrapped.encodeValue(request.privatePortEnd, forKey: "privatePortEnd")
                try wrapped.encodeValue(request.protocolType, forKey: "protocolType")
                try wrapped.encodeValue(request.vmNicUuid, forKey: "vmNicUuid")
                try wrapped.encodeValue(request.allowedCidr, forKey: "allowedCidr")
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.resourceUuid, forKey: "resourceUuid")
                try wrapped.encodeValue(request.tagUuids, forKey: "tagUuids")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
