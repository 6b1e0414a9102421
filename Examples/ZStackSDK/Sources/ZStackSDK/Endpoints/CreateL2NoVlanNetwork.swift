import HTTPTypes

/// 创建普通二层网络(CreateL2NoVlanNetwork)
///
/// 创建普通二层网络
///
/// `POST /zstack/v1/l2-networks/no-vlan`, asynchronous, authorization required.
///
/// Category: 二层网络
public nonisolated enum CreateL2NoVlanNetwork {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "CreateL2NoVlanNetwork",
            method: .post,
            pathTemplate: "/zstack/v1/l2-networks/no-vlan",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 普通二层网络名称
        public let name: String

        /// 区域UUID
        public let zoneUuid: String

        /// 物理网卡
        public let physicalInterface: String

        /// 普通二层网络的详细描述
        public let description: String?

        /// 二层网络类型
        public let type: String?

        /// 虚拟交换机类型
        public let vSwitchType: CreateL2NoVlanNetworkVSwitchType?

        /// 资源UUID。若指定，二层网络会使用该字段值作为UUID
        public let resourceUuid: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// 标签UUID列表
        public let tagUuids: [String]?

        /// The `isolated` field.
        public let isolated: Bool?

        /// The `pvlan` field.
        public let pvlan: String?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - name: 普通二层网络名称
        ///   - zoneUuid: 区域UUID
        ///   - physicalInterface: 物理网卡
        ///   - description: 普通二层网络的详细描述
        ///   - type: 二层网络类型
        ///   - vSwitchType: 虚拟交换机类型
        ///   - resourceUuid: 资源UUID。若指定，二层网络会使用该字段值作为UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - tagUuids: 标签UUID列表
        ///   - isolated: The `isolated` field.
        ///   - pvlan: The `pvlan` field.
        public init(
            name: String,
            zoneUuid: String,
            physicalInterface: String,
            description: String? = nil,
            type: String? = nil,
            vSwitchType: CreateL2NoVlanNetworkVSwitchType? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            tagUuids: [String]? = nil,
            isolated: Bool? = nil,
            pvlan: String? = nil
        ) {
            self.name = name
            self.zoneUuid = zoneUuid
            self.physicalInterface = physicalInterface
            self.description = description
            self.type = type
            self.vSwitchType = vSwitchType
            self.resourceUuid = resourceUuid
            self.systemTags = systemTags
            self.userTags = userTags
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
            guard ZStackFieldwise.same(lhs.vSwitchType, rhs.vSwitchType) else { return false }
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            guard ZStackFieldwise.same(lhs.tagUuids, rhs.tagUuids) else { return false }
            guard ZStackFieldwise.same(lhs.isolated, rhs.isolated) else { return false }
            return ZStackFieldwise.same(lhs.pvlan, rhs.pvlan)
        }
    }

    /// 二层网络清单
    ///
    /// An ``InventoryReply`` of ``L2NetworkInventory``: the replies that differ only in that type share one generic
    /// type.
    public typealias Response = InventoryReply<L2NetworkInventory>
}

nonisolated extension ZStackClient {
    /// 创建普通二层网络(CreateL2NoVlanNetwork)
    ///
    /// 创建普通二层网络
    ///
    /// `POST /zstack/v1/l2-networks/no-vlan`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - name: 普通二层网络名称
    ///   - zoneUuid: 区域UUID
    ///   - physicalInterface: 物理网卡
    ///   - description: 普通二层网络的详细描述
    ///   - type: 二层网络类型
    ///   - vSwitchType: 虚拟交换机类型
    ///   - resourceUuid: 资源UUID。若指定，二层网络会使用该字段值作为UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - tagUuids: 标签UUID列表
    ///   - isolated: The `isolated` field.
    ///   - pvlan: The `pvlan` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 二层网络清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createL2NoVlanNetwork(
        name: String,
        zoneUuid: String,
        physicalInterface: String,
        description: String? = nil,
        type: String? = nil,
        vSwitchType: CreateL2NoVlanNetworkVSwitchType? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        tagUuids: [String]? = nil,
        isolated: Bool? = nil,
        pvlan: String? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateL2NoVlanNetwork.Response {
        try await createL2NoVlanNetwork(
            CreateL2NoVlanNetwork.Request(
                name: name,
                zoneUuid: zoneUuid,
                physicalInterface: physicalInterface,
                description: description,
                type: type,
                vSwitchType: vSwitchType,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                tagUuids: tagUuids,
                isolated: isolated,
                pvlan: pvlan
            ),
            polling: polling
        )
    }

    /// 创建普通二层网络(CreateL2NoVlanNetwork)
    ///
    /// 创建普通二层网络
    ///
    /// `POST /zstack/v1/l2-networks/no-vlan`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 二层网络清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createL2NoVlanNetwork(
        _ request: CreateL2NoVlanNetwork.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateL2NoVlanNetwork.Response {
        let call = ZStackRequestBuilder(operation: CreateL2NoVlanNetwork.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.zoneUuid, forKey: "zoneUuid")
                try wrapped.encodeValue(request.physicalInterface, forKey: "physicalInterface")
                try wrapped.encodeValue(request.type, forKey: "type")
                try wrapped.encodeValue(request.vSwitchType, forKey: "vSwitchType")
                try wrapped.encodeValue(request.resourceUuid, forKey: "resourceUuid")
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
