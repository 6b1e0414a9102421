public import Foundation

/// 硬件VXLAN资源池器清单
public nonisolated final class HardwareL2VxlanNetworkPoolInventory: Codable, Sendable, Hashable {
    /// SDN控制器UUID
    public let sdnControllerUuid: String?

    /// The `attachedVtepRefs` field.
    public let attachedVtepRefs: [VtepInventory]?

    /// The `attachedVxlanNetworkRefs` field.
    public let attachedVxlanNetworkRefs: [L2VxlanNetworkInventory]?

    /// The `attachedVniRanges` field.
    public let attachedVniRanges: [VniRangeInventory]?

    /// 已加载CIDR映射表
    public let attachedCidrs: [String: String]?

    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// 资源名称
    public let name: String?

    /// 资源的详细描述
    public let description: String?

    /// 区域UUID
    public let zoneUuid: String?

    /// 物理网卡
    public let physicalInterface: String?

    /// 二层网络类型
    public let type: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// 挂载集群的UUID列表
    public let attachedClusterUuids: [String]?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - sdnControllerUuid: SDN控制器UUID
    ///   - attachedVtepRefs: The `attachedVtepRefs` field.
    ///   - attachedVxlanNetworkRefs: The `attachedVxlanNetworkRefs` field.
    ///   - attachedVniRanges: The `attachedVniRanges` field.
    ///   - attachedCidrs: 已加载CIDR映射表
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - zoneUuid: 区域UUID
    ///   - physicalInterface: 物理网卡
    ///   - type: 二层网络类型
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - attachedClusterUuids: 挂载集群的UUID列表
    public init(
        sdnControllerUuid: String? = nil,
        attachedVtepRefs: [VtepInventory]? = nil,
        attachedVxlanNetworkRefs: [L2VxlanNetworkInventory]? = nil,
        attachedVniRanges: [VniRangeInventory]? = nil,
        attachedCidrs: [String: String]? = nil,
        uuid: String? = nil,
        name: String? = nil,
        description: String? = nil,
        zoneUuid: String? = nil,
        physicalInterface: String? = nil,
        type: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        attachedClusterUuids: [String]? = nil
    ) {
        self.sdnControllerUuid = sdnControllerUuid
        self.attachedVtepRefs = attachedVtepRefs
        self.attachedVxlanNetworkRefs = attachedVxlanNetworkRefs
        self.attachedVniRanges = attachedVniRanges
        self.attachedCidrs = attachedCidrs
        self.uuid = uuid
        self.name = name
        self.description = description
        self.zoneUuid = zoneUuid
        self.physicalInterface = physicalInterface
        self.type = type
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.attachedClusterUuids = attachedClusterUuids
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.sdnControllerUuid = try object.optionalValue(String.self, forKey: "sdnControllerUuid")
        self.attachedVtepRefs = try object.optionalValue([VtepInventory].self, forKey: "attachedVtepRefs")
        self.attachedVxlanNetworkRefs = try object.optionalValue(
            [L2VxlanNetworkInventory].self,
            forKey: "attachedVxlanNetworkRefs"
        )
        self.attachedVniRanges = try object.optionalValue([VniRangeInventory].self, forKey: "attachedVniRanges")
        self.attachedCidrs = try object.optionalValue([String: String].self, forKey: "attachedCidrs")
        self.uuid = try object.optionalValue(String.self, forKey: "uuid")
        self.name = try object.optionalValue(String.self, forKey: "name")
        self.description = try object.optionalValue(String.self, forKey: "description")
        self.zoneUuid = try object.optionalValue(String.self, forKey: "zoneUuid")
        self.physicalInterface = try object.optionalValue(String.self, forKey: "physicalInterface")
        self.type = try object.optionalValue(String.self, forKey: "type")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
        self.attachedClusterUuids = try object.optionalValue([String].self, forKey: "attachedClusterUuids")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.sdnControllerUuid, forKey: "sdnControllerUuid")
        try object.encodeValue(self.attachedVtepRefs, forKey: "attachedVtepRefs")
        try object.encodeValue(self.attachedVxlanNetworkRefs, forKey: "attachedVxlanNetworkRefs")
        try object.encodeValue(self.attachedVniRanges, forKey: "attachedVniRanges")
        try object.encodeValue(self.attachedCidrs, forKey: "attachedCidrs")
        try object.encodeValue(self.uuid, forKey: "uuid")
        try object.encodeValue(self.name, forKey: "name")
        try object.encodeValue(self.description, forKey: "description")
        try object.encodeValue(self.zoneUuid, forKey: "zoneUuid")
        try object.encodeValue(self.physicalInterface, forKey: "physicalInterface")
        try object.encodeValue(self.type, forKey: "type")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
        try object.encodeValue(self.attachedClusterUuids, forKey: "attachedClusterUuids")
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
    public static func fieldsAreEqual(
        _ lhs: HardwareL2VxlanNetworkPoolInventory,
        _ rhs: HardwareL2VxlanNetworkPoolInventory
    ) -> Bool {
        guard ZStackFieldwise.same(lhs.sdnControllerUuid, rhs.sdnControllerUuid) else { return false }
        guard ZStackFieldwise.same(lhs.attachedVtepRefs, rhs.attachedVtepRefs) else { return false }
        guard ZStackFieldwise.same(lhs.attachedVxlanNetworkRefs, rhs.attachedVxlanNetworkRefs) else { return false }
        guard ZStackFieldwise.same(lhs.attachedVniRanges, rhs.attachedVniRanges) else { return false }
        guard ZStackFieldwise.same(lhs.attachedCidrs, rhs.attachedCidrs) else { return false }
        guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
        guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
        guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
        guard ZStackFieldwise.same(lhs.zoneUuid, rhs.zoneUuid) else { return false }
        guard ZStackFieldwise.same(lhs.physicalInterface, rhs.physicalInterface) else { return false }
        guard ZStackFieldwise.same(lhs.type, rhs.type) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        guard ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate) else { return false }
        return ZStackFieldwise.same(lhs.attachedClusterUuids, rhs.attachedClusterUuids)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.sdnControllerUuid)
        hasher.combine(self.attachedVtepRefs)
        hasher.combine(self.attachedVxlanNetworkRefs)
        hasher.combine(self.attachedVniRanges)
        hasher.combine(self.attachedCidrs)
        hasher.combine(self.uuid)
        hasher.combine(self.name)
        hasher.combine(self.description)
        hasher.combine(self.zoneUuid)
        hasher.combine(self.physicalInterface)
        hasher.combine(self.type)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
        hasher.combine(self.attachedClusterUuids)
    }
}

nonisolated extension HardwareL2VxlanNetworkPoolInventory {
    /// The fields of ``HardwareL2VxlanNetworkPoolInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.sdnControllerUuid == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``HardwareL2VxlanNetworkPoolInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.sdnControllerUuid`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``HardwareL2VxlanNetworkPoolInventory`` for its own conditions.
        public init() where Root == HardwareL2VxlanNetworkPoolInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``HardwareL2VxlanNetworkPoolInventory`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: ZStackQueryPath) {
            self.pathFromRoot = path
        }

        /// SDN控制器UUID
        public var sdnControllerUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "sdnControllerUuid")
        }

        /// The `attachedVtepRefs` field. Its fields are compared as `attachedVtepRefs.<field>`: an item matches when
        /// one of its `attachedVtepRefs` does.
        public var attachedVtepRefs: VtepInventory.QueryFields<Root> {
            VtepInventory.QueryFields(path: pathFromRoot.appending("attachedVtepRefs"))
        }

        /// The `attachedVxlanNetworkRefs` field. Its fields are compared as `attachedVxlanNetworkRefs.<field>`: an item
        /// matches when one of its `attachedVxlanNetworkRefs` does.
        public var attachedVxlanNetworkRefs: L2VxlanNetworkInventory.QueryFields<Root> {
            L2VxlanNetworkInventory.QueryFields(path: pathFromRoot.appending("attachedVxlanNetworkRefs"))
        }

        /// The `attachedVniRanges` field. Its fields are compared as `attachedVniRanges.<field>`: an item matches when
        /// one of its `attachedVniRanges` does.
        public var attachedVniRanges: VniRangeInventory.QueryFields<Root> {
            VniRangeInventory.QueryFields(path: pathFromRoot.appending("attachedVniRanges"))
        }

        /// 资源的UUID，唯一标示该资源
        public var uuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "uuid")
        }

        /// 资源名称
        public var name: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "name")
        }

        /// 资源的详细描述
        public var description: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "description")
        }

        /// 区域UUID
        public var zoneUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "zoneUuid")
        }

        /// 物理网卡
        public var physicalInterface: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "physicalInterface")
        }

        /// 二层网络类型
        public var type: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "type")
        }

        /// 创建时间
        public var createDate: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "createDate")
        }

        /// 最后一次修改时间
        public var lastOpDate: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "lastOpDate")
        }
    }
}
