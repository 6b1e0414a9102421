import HTTPTypes

/// 添加IP地址范围(AddIpv6Range)
///
/// 添加IPv6地址范围
///
/// `POST /zstack/v1/l3-networks/{l3NetworkUuid}/ipv6-ranges`, asynchronous, authorization required.
///
/// Category: 三层网络
public nonisolated enum AddIpv6Range {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "AddIpv6Range",
            method: .post,
            pathTemplate: "/zstack/v1/l3-networks/{l3NetworkUuid}/ipv6-ranges",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 三层网络UUID
        public let l3NetworkUuid: String

        /// 三层网络的名称
        public let name: String

        /// 起始地址
        public let startIp: String

        /// 结束地址
        public let endIp: String

        /// 网关
        public let gateway: String

        /// 前缀长度
        public let prefixLen: Int

        /// IPv6地址分配模式
        public let addressMode: AddIpv6RangeAddressMode

        /// 三层网络的详细描述
        public let description: String?

        /// 地址段类型
        public let ipRangeType: AddIpv6RangeIpRangeType?

        /// 资源UUID。若指定，三层网络会使用该字段值作为UUID
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
        ///   - l3NetworkUuid: 三层网络UUID
        ///   - name: 三层网络的名称
        ///   - startIp: 起始地址
        ///   - endIp: 结束地址
        ///   - gateway: 网关
        ///   - prefixLen: 前缀长度
        ///   - addressMode: IPv6地址分配模式
        ///   - description: 三层网络的详细描述
        ///   - ipRangeType: 地址段类型
        ///   - resourceUuid: 资源UUID。若指定，三层网络会使用该字段值作为UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - tagUuids: 标签UUID列表
        public init(
            l3NetworkUuid: String,
            name: String,
            startIp: String,
            endIp: String,
            gateway: String,
            prefixLen: Int,
            addressMode: AddIpv6RangeAddressMode,
            description: String? = nil,
            ipRangeType: AddIpv6RangeIpRangeType? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            tagUuids: [String]? = nil
        ) {
            self.l3NetworkUuid = l3NetworkUuid
            self.name = name
            self.startIp = startIp
            self.endIp = endIp
            self.gateway = gateway
            self.prefixLen = prefixLen
            self.addressMode = addressMode
            self.description = description
            self.ipRangeType = ipRangeType
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
            guard ZStackFieldwise.same(lhs.l3NetworkUuid, rhs.l3NetworkUuid) else { return false }
            guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
            guard ZStackFieldwise.same(lhs.startIp, rhs.startIp) else { return false }
            guard ZStackFieldwise.same(lhs.endIp, rhs.endIp) else { return false }
            guard ZStackFieldwise.same(lhs.gateway, rhs.gateway) else { return false }
            guard ZStackFieldwise.same(lhs.prefixLen, rhs.prefixLen) else { return false }
            guard ZStackFieldwise.same(lhs.addressMode, rhs.addressMode) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.ipRangeType, rhs.ipRangeType) else { return false }
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            return ZStackFieldwise.same(lhs.tagUuids, rhs.tagUuids)
        }
    }

    /// IP地址范围清单
    ///
    /// An ``InventoryReply`` of ``IpRangeInventory``: the replies that differ only in that type share one generic type.
    public typealias Response = InventoryReply<IpRangeInventory>
}

nonisolated extension ZStackClient {
    /// 添加IP地址范围(AddIpv6Range)
    ///
    /// 添加IPv6地址范围
    ///
    /// `POST /zstack/v1/l3-networks/{l3NetworkUuid}/ipv6-ranges`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - l3NetworkUuid: 三层网络UUID
    ///   - name: 三层网络的名称
    ///   - startIp: 起始地址
    ///   - endIp: 结束地址
    ///   - gateway: 网关
    ///   - prefixLen: 前缀长度
    ///   - addressMode: IPv6地址分配模式
    ///   - description: 三层网络的详细描述
    ///   - ipRangeType: 地址段类型
    ///   - resourceUuid: 资源UUID。若指定，三层网络会使用该字段值作为UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - tagUuids: 标签UUID列表
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: IP地址范围清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addIpv6Range(
        l3NetworkUuid: String,
        name: String,
        startIp: String,
        endIp: String,
        gateway: String,
        prefixLen: Int,
        addressMode: AddIpv6RangeAddressMode,
        description: String? = nil,
        ipRangeType: AddIpv6RangeIpRangeType? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        tagUuids: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AddIpv6Range.Response {
        try await addIpv6Range(
            AddIpv6Range.Request(
                l3NetworkUuid: l3NetworkUuid,
                name: name,
                startIp: startIp,
                endIp: endIp,
                gateway: gateway,
                prefixLen: prefixLen,
                addressMode: addressMode,
                description: description,
                ipRangeType: ipRangeType,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                tagUuids: tagUuids
            ),
            polling: polling
        )
    }

    /// 添加IP地址范围(AddIpv6Range)
    ///
    /// 添加IPv6地址范围
    ///
    /// `POST /zstack/v1/l3-networks/{l3NetworkUuid}/ipv6-ranges`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: IP地址范围清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addIpv6Range(
        _ request: AddIpv6Range.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AddIpv6Range.Response {
        let call = ZStackRequestBuilder(operation: AddIpv6Range.operation)
        call.setPathParameter("l3NetworkUuid", to: request.l3NetworkUuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.startIp, forKey: "startIp")
                try wrapped.encodeValue(request.endIp, forKey: "endIp")
                try wrapped.encodeValue(request.gateway, forKey: "gateway")
                try wrapped.encodeValue(request.prefixLen, forKey: "prefixLen")
                try wrapped.encodeValue(request.addressMode, forKey: "addressMode")
                try wrapped.encodeValue(request.ipRangeType, forKey: "ipRangeType")
                try wrapped.encodeValue(request.resourceUuid, forKey: "resourceUuid")
                try wrapped.encodeValue(request.tagUuids, forKey: "tagUuids")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
