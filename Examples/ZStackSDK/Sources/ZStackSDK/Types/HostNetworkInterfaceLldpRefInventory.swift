public import Foundation

/// 物理网卡lldp信息清单
public nonisolated final class HostNetworkInterfaceLldpRefInventory: Codable, Sendable, Hashable {
    /// Lldp UUID
    public let lldpUuid: String?

    /// 机箱标识
    public let chassisId: String?

    /// 生存时间
    public let timeToLive: Int?

    /// 管理地址
    public let managementAddress: String?

    /// 系统名称
    public let systemName: String?

    /// 系统描述
    public let systemDescription: String?

    /// 系统能力
    public let systemCapabilities: String?

    /// 端口标识
    public let portId: String?

    /// 端口描述
    public let portDescription: String?

    /// VLAN标识
    public let vlanId: Int?

    /// 聚合端口标识
    public let aggregationPortId: Int64?

    /// 最大传输单元
    public let mtu: Int?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - lldpUuid: Lldp UUID
    ///   - chassisId: 机箱标识
    ///   - timeToLive: 生存时间
    ///   - managementAddress: 管理地址
    ///   - systemName: 系统名称
    ///   - systemDescription: 系统描述
    ///   - systemCapabilities: 系统能力
    ///   - portId: 端口标识
    ///   - portDescription: 端口描述
    ///   - vlanId: VLAN标识
    ///   - aggregationPortId: 聚合端口标识
    ///   - mtu: 最大传输单元
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        lldpUuid: String? = nil,
        chassisId: String? = nil,
        timeToLive: Int? = nil,
        managementAddress: String? = nil,
        systemName: String? = nil,
        systemDescription: String? = nil,
        systemCapabilities: String? = nil,
        portId: String? = nil,
        portDescription: String? = nil,
        vlanId: Int? = nil,
        aggregationPortId: Int64? = nil,
        mtu: Int? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.lldpUuid = lldpUuid
        self.chassisId = chassisId
        self.timeToLive = timeToLive
        self.managementAddress = managementAddress
        self.systemName = systemName
        self.systemDescription = systemDescription
        self.systemCapabilities = systemCapabilities
        self.portId = portId
        self.portDescription = portDescription
        self.vlanId = vlanId
        self.aggregationPortId = aggregationPortId
        self.mtu = mtu
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.lldpUuid = try object.optionalValue(String.self, forKey: "lldpUuid")
        self.chassisId = try object.optionalValue(String.self, forKey: "chassisId")
        self.timeToLive = try object.optionalValue(Int.self, forKey: "timeToLive")
        self.managementAddress = try object.optionalValue(String.self, forKey: "managementAddress")
        self.systemName = try object.optionalValue(String.self, forKey: "systemName")
        self.systemDescription = try object.optionalValue(String.self, forKey: "systemDescription")
        self.systemCapabilities = try object.optionalValue(String.self, forKey: "systemCapabilities")
        self.portId = try object.optionalValue(String.self, forKey: "portId")
        self.portDescription = try object.optionalValue(String.self, forKey: "portDescription")
        self.vlanId = try object.optionalValue(Int.self, forKey: "vlanId")
        self.aggregationPortId = try object.optionalValue(Int64.self, forKey: "aggregationPortId")
        self.mtu = try object.optionalValue(Int.self, forKey: "mtu")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.lldpUuid, forKey: "lldpUuid")
        try object.encodeValue(self.chassisId, forKey: "chassisId")
        try object.encodeValue(self.timeToLive, forKey: "timeToLive")
        try object.encodeValue(self.managementAddress, forKey: "managementAddress")
        try object.encodeValue(self.systemName, forKey: "systemName")
        try object.encodeValue(self.systemDescription, forKey: "systemDescription")
        try object.encodeValue(self.systemCapabilities, forKey: "systemCapabilities")
        try object.encodeValue(self.portId, forKey: "portId")
        try object.encodeValue(self.portDescription, forKey: "portDescription")
        try object.encodeValue(self.vlanId, forKey: "vlanId")
        try object.encodeValue(self.aggregationPortId, forKey: "aggregationPortId")
        try object.encodeValue(self.mtu, forKey: "mtu")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
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
        _ lhs: HostNetworkInterfaceLldpRefInventory,
        _ rhs: HostNetworkInterfaceLldpRefInventory
    ) -> Bool {
        guard ZStackFieldwise.same(lhs.lldpUuid, rhs.lldpUuid) else { return false }
        guard ZStackFieldwise.same(lhs.chassisId, rhs.chassisId) else { return false }
        guard ZStackFieldwise.same(lhs.timeToLive, rhs.timeToLive) else { return false }
        guard ZStackFieldwise.same(lhs.managementAddress, rhs.managementAddress) else { return false }
        guard ZStackFieldwise.same(lhs.systemName, rhs.systemName) else { return false }
        guard ZStackFieldwise.same(lhs.systemDescription, rhs.systemDescription) else { return false }
        guard ZStackFieldwise.same(lhs.systemCapabilities, rhs.systemCapabilities) else { return false }
        guard ZStackFieldwise.same(lhs.portId, rhs.portId) else { return false }
        guard ZStackFieldwise.same(lhs.portDescription, rhs.portDescription) else { return false }
        guard ZStackFieldwise.same(lhs.vlanId, rhs.vlanId) else { return false }
        guard ZStackFieldwise.same(lhs.aggregationPortId, rhs.aggregationPortId) else { return false }
        guard ZStackFieldwise.same(lhs.mtu, rhs.mtu) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        return ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.lldpUuid)
        hasher.combine(self.chassisId)
        hasher.combine(self.timeToLive)
        hasher.combine(self.managementAddress)
        hasher.combine(self.systemName)
        hasher.combine(self.systemDescription)
        hasher.combine(self.systemCapabilities)
        hasher.combine(self.portId)
        hasher.combine(self.portDescription)
        hasher.combine(self.vlanId)
        hasher.combine(self.aggregationPortId)
        hasher.combine(self.mtu)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
    }
}

nonisolated extension HostNetworkInterfaceLldpRefInventory {
    /// The fields of ``HostNetworkInterfaceLldpRefInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.lldpUuid == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``HostNetworkInterfaceLldpRefInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.lldpUuid`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``HostNetworkInterfaceLldpRefInventory`` for its own conditions.
        public init() where Root == HostNetworkInterfaceLldpRefInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``HostNetworkInterfaceLldpRefInventory`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: ZStackQueryPath) {
            self.pathFromRoot = path
        }

        /// Lldp UUID
        public var lldpUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "lldpUuid")
        }

        /// 机箱标识
        public var chassisId: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "chassisId")
        }

        /// 生存时间
        public var timeToLive: ZStackQueryField<Root, Int> {
            ZStackQueryField(pathFromRoot, "timeToLive")
        }

        /// 管理地址
        public var managementAddress: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "managementAddress")
        }

        /// 系统名称
        public var systemName: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "systemName")
        }

        /// 系统描述
        public var systemDescription: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "systemDescription")
        }

        /// 系统能力
        public var systemCapabilities: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "systemCapabilities")
        }

        /// 端口标识
        public var portId: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "portId")
        }

        /// 端口描述
        public var portDescription: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "portDescription")
        }

        /// VLAN标识
        public var vlanId: ZStackQueryField<Root, Int> {
            ZStackQueryField(pathFromRoot, "vlanId")
        }

        /// 聚合端口标识
        public var aggregationPortId: ZStackQueryField<Root, Int64> {
            ZStackQueryField(pathFromRoot, "aggregationPortId")
        }

        /// 最大传输单元
        public var mtu: ZStackQueryField<Root, Int> {
            ZStackQueryField(pathFromRoot, "mtu")
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
