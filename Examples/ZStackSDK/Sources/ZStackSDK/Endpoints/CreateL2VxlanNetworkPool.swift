import HTTPTypes

/// 创建VXLAN资源池(CreateL2VxlanNetworkPool)
///
/// 创建VXLAN资源池
///
/// `POST /zstack/v1/l2-networks/vxlan-pool`, asynchronous, authorization required.
///
/// Category: network.l2
public nonisolated enum CreateL2VxlanNetworkPool {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "CreateL2VxlanNetworkPool",
            method: .post,
            pathTemplate: "/zstack/v1/l2-networks/vxlan-pool",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 资源名称
        public let name: String

        /// 区域UUID
        public let zoneUuid: String

        /// 物理网卡
        public let physicalInterface: String

        /// 资源的详细描述
        public let description: String?

        /// 二层网络类型
        public let type: String?

        /// 资源UUID。若指定，二层网络会使用该字段值作为UUID
        public let resourceUuid: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// 虚拟交换机类型
        public let vSwitchType: CreateL2VxlanNetworkPoolVSwitchType?

        /// 标签UUID列表
        public let tagUuids: [String]?

        /// The `isolated` field.
        public let isolated: Bool?

        /// The `pvlan` field.
        public let pvlan: String?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - name: 资源名称
        ///   - zoneUuid: 区域UUID
        ///   - physicalInterface: 物理网卡
        ///   - description: 资源的详细描述
        ///   - type: 二层网络类型
        ///   - resourceUuid: 资源UUID。若指定，二层网络会使用该字段值作为UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - vSwitchType: 虚拟交换机类型
        ///   - tagUuids: 标签UUID列表
        ///   - isolated: The `isolated` field.
        ///   - pvlan: The `pvlan` field.
        public init(
            name: String,
            zoneUuid: String,
            physicalInterface: String,
            description: String? = nil,
            type: String? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            vSwitchType: CreateL2VxlanNetworkPoolVSwitchType? = nil,
            tagUuids: [String]? = nil,
            isolated: Bool? = nil,
            pvlan: String? = nil
        ) {
            self.name = name
            self.zoneUuid = zoneUuid
            self.physicalInterface = physicalInterface
            self.description = description
            self.type = type
            self.resourceUuid = resourceUuid
            self.systemTags = systemTags
            self.userTags = userTags
            self.vSwitchType = vSwitchType
            self.tagUuids = tagUuids
            self.isolated = isolated
            self.pvlan = pvlan
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
            guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
            guard ZStackFieldwise.same(lhs.zoneUuid, rhs.zoneUuid) else { return false }
            guard ZStackFieldwise.same(lhs.physicalInterface, rhs.physicalInterface) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.type, rhs.type) else { return false }
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            guard ZStackFieldwise.same(lhs.vSwitchType, rhs.vSwitchType) else { return false }
            guard ZStackFieldwise.same(lhs.tagUuids, rhs.tagUuids) else { return false }
            guard ZStackFieldwise.same(lhs.isolated, rhs.isolated) else { return false }
            return ZStackFieldwise.same(lhs.pvlan, rhs.pvlan)
        }
    }

    /// VXLAN资源池清单
    ///
    /// An ``InventoryReply`` of ``L2VxlanNetworkPoolInventory``: the replies that differ only in that type share one
    /// generic type.
    public typealias Response = InventoryReply<L2VxlanNetworkPoolInventory>
}

nonisolated extension ZStackClient {
    /// 创建VXLAN资源池(CreateL2VxlanNetworkPool)
    ///
    /// 创建VXLAN资源池
    ///
    /// `POST /zstack/v1/l2-networks/vxlan-pool`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - name: 资源名称
    ///   - zoneUuid: 区域UUID
    ///   - physicalInterface: 物理网卡
    ///   - description: 资源的详细描述
    ///   - type: 二层网络类型
    ///   - resourceUuid: 资源UUID。若指定，二层网络会使用该字段值作为UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - vSwitchType: 虚拟交换机类型
    ///   - tagUuids: 标签UUID列表
    ///   - isolated: The `isolated` field.
    ///   - pvlan: The `pvlan` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: VXLAN资源池清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createL2VxlanNetworkPool(
        name: String,
        zoneUuid: String,
        physicalInterface: String,
        description: String? = nil,
        type: String? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        vSwitchType: CreateL2VxlanNetworkPoolVSwitchType? = nil,
        tagUuids: [String]? = nil,
        isolated: Bool? = nil,
        pvlan: String? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateL2VxlanNetworkPool.Response {
        try await createL2VxlanNetworkPool(
            CreateL2VxlanNetworkPool.Request(
                name: name,
                zoneUuid: zoneUuid,
                physicalInterface: physicalInterface,
                description: description,
                type: type,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                vSwitchType: vSwitchType,
                tagUuids: tagUuids,
                isolated: isolated,
                pvlan: pvlan
            ),
            polling: polling
        )
    }

    /// 创建VXLAN资源池(CreateL2VxlanNetworkPool)
    ///
    /// 创建VXLAN资源池
    ///
    /// `POST /zstack/v1/l2-networks/vxlan-pool`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: VXLAN资源池清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createL2VxlanNetworkPool(
        _ request: CreateL2VxlanNetworkPool.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateL2VxlanNetworkPool.Response {
        let call = ZStackRequestBuilder(operation: CreateL2VxlanNetworkPool.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.zoneUuid, forKey: "zoneUuid")
                try wrapped.encodeValue(request.physicalInterface, forKey: "physicalInterface")
                try wrapped.encodeValue(request.type, forKey: "type")
                try wrapped.encodeValue(request.resourceUuid, forKey: "resourceUuid")
                try wrapped.encodeValue(request.vSwitchType, forKey: "vSwitchType")
                try wrapped.encodeValue(request.tagUuids, forKey: "tagUuids")
                try wrapped.encodeValue(request.isolated, forKey: "isolated")
                try wrapped.encodeValue(request.pvlan, forKey: "pvlan")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
