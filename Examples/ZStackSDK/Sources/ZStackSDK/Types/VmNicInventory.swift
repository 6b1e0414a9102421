public import Foundation

/// 云主机网卡清单
public nonisolated final class VmNicInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// 云主机UUID
    public let vmInstanceUuid: String?

    /// 三层网络UUID
    public let l3NetworkUuid: String?

    /// The `ip` field.
    public let ip: String?

    /// The `mac` field.
    public let mac: String?

    /// The `hypervisorType` field.
    public let hypervisorType: String?

    /// The `netmask` field.
    public let netmask: String?

    /// The `gateway` field.
    public let gateway: String?

    /// The `metaData` field.
    public let metaData: String?

    /// The `ipVersion` field.
    public let ipVersion: Int?

    /// The `driverType` field.
    public let driverType: String?

    /// The `usedIps` field.
    public let usedIps: [UsedIpInventory]?

    /// The `internalName` field.
    public let internalName: String?

    /// The `deviceId` field.
    public let deviceId: Int?

    /// The `type` field.
    public let type: String?

    /// 网卡状态
    public let state: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - vmInstanceUuid: 云主机UUID
    ///   - l3NetworkUuid: 三层网络UUID
    ///   - ip: The `ip` field.
    ///   - mac: The `mac` field.
    ///   - hypervisorType: The `hypervisorType` field.
    ///   - netmask: The `netmask` field.
    ///   - gateway: The `gateway` field.
    ///   - metaData: The `metaData` field.
    ///   - ipVersion: The `ipVersion` field.
    ///   - driverType: The `driverType` field.
    ///   - usedIps: The `usedIps` field.
    ///   - internalName: The `internalName` field.
    ///   - deviceId: The `deviceId` field.
    ///   - type: The `type` field.
    ///   - state: 网卡状态
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        uuid: String? = nil,
        vmInstanceUuid: String? = nil,
        l3NetworkUuid: String? = nil,
        ip: String? = nil,
        mac: String? = nil,
        hypervisorType: String? = nil,
        netmask: String? = nil,
        gateway: String? = nil,
        metaData: String? = nil,
        ipVersion: Int? = nil,
        driverType: String? = nil,
        usedIps: [UsedIpInventory]? = nil,
        internalName: String? = nil,
        deviceId: Int? = nil,
        type: String? = nil,
        state: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.uuid = uuid
        self.vmInstanceUuid = vmInstanceUuid
        self.l3NetworkUuid = l3NetworkUuid
        self.ip = ip
        self.mac = mac
        self.hypervisorType = hypervisorType
        self.netmask = netmask
        self.gateway = gateway
        self.metaData = metaData
        self.ipVersion = ipVersion
        self.driverType = driverType
        self.usedIps = usedIps
        self.internalName = internalName
        self.deviceId = deviceId
        self.type = type
        self.state = state
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.uuid = try object.optionalValue(String.self, forKey: "uuid")
        self.vmInstanceUuid = try object.optionalValue(String.self, forKey: "vmInstanceUuid")
        self.l3NetworkUuid = try object.optionalValue(String.self, forKey: "l3NetworkUuid")
        self.ip = try object.optionalValue(String.self, forKey: "ip")
        self.mac = try object.optionalValue(String.self, forKey: "mac")
        self.hypervisorType = try object.optionalValue(String.self, forKey: "hypervisorType")
        self.netmask = try object.optionalValue(String.self, forKey: "netmask")
        self.gateway = try object.optionalValue(String.self, forKey: "gateway")
        self.metaData = try object.optionalValue(String.self, forKey: "metaData")
        self.ipVersion = try object.optionalValue(Int.self, forKey: "ipVersion")
        self.driverType = try object.optionalValue(String.self, forKey: "driverType")
        self.usedIps = try object.optionalValue([UsedIpInventory].self, forKey: "usedIps")
        self.internalName = try object.optionalValue(String.self, forKey: "internalName")
        self.deviceId = try object.optionalValue(Int.self, forKey: "deviceId")
        self.type = try object.optionalValue(String.self, forKey: "type")
        self.state = try object.optionalValue(String.self, forKey: "state")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.uuid, forKey: "uuid")
        try object.encodeValue(self.vmInstanceUuid, forKey: "vmInstanceUuid")
        try object.encodeValue(self.l3NetworkUuid, forKey: "l3NetworkUuid")
        try object.encodeValue(self.ip, forKey: "ip")
        try object.encodeValue(self.mac, forKey: "mac")
        try object.encodeValue(self.hypervisorType, forKey: "hypervisorType")
        try object.encodeValue(self.netmask, forKey: "netmask")
        try object.encodeValue(self.gateway, forKey: "gateway")
        try object.encodeValue(self.metaData, forKey: "metaData")
        try object.encodeValue(self.ipVersion, forKey: "ipVersion")
        try object.encodeValue(self.driverType, forKey: "driverType")
        try object.encodeValue(self.usedIps, forKey: "usedIps")
        try object.encodeValue(self.internalName, forKey: "internalName")
        try object.encodeValue(self.deviceId, forKey: "deviceId")
        try object.encodeValue(self.type, forKey: "type")
        try object.encodeValue(self.state, forKey: "state")
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
    public static func fieldsAreEqual(_ lhs: VmNicInventory, _ rhs: VmNicInventory) -> Bool {
        guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
        guard ZStackFieldwise.same(lhs.vmInstanceUuid, rhs.vmInstanceUuid) else { return false }
        guard ZStackFieldwise.same(lhs.l3NetworkUuid, rhs.l3NetworkUuid) else { return false }
        guard ZStackFieldwise.same(lhs.ip, rhs.ip) else { return false }
        guard ZStackFieldwise.same(lhs.mac, rhs.mac) else { return false }
        guard ZStackFieldwise.same(lhs.hypervisorType, rhs.hypervisorType) else { return false }
        guard ZStackFieldwise.same(lhs.netmask, rhs.netmask) else { return false }
        guard ZStackFieldwise.same(lhs.gateway, rhs.gateway) else { return false }
        guard ZStackFieldwise.same(lhs.metaData, rhs.metaData) else { return false }
        guard ZStackFieldwise.same(lhs.ipVersion, rhs.ipVersion) else { return false }
        guard ZStackFieldwise.same(lhs.driverType, rhs.driverType) else { return false }
        guard ZStackFieldwise.same(lhs.usedIps, rhs.usedIps) else { return false }
        guard ZStackFieldwise.same(lhs.internalName, rhs.internalName) else { return false }
        guard ZStackFieldwise.same(lhs.deviceId, rhs.deviceId) else { return false }
        guard ZStackFieldwise.same(lhs.type, rhs.type) else { return false }
        guard ZStackFieldwise.same(lhs.state, rhs.state) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        return ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.uuid)
        hasher.combine(self.vmInstanceUuid)
        hasher.combine(self.l3NetworkUuid)
        hasher.combine(self.ip)
        hasher.combine(self.mac)
        hasher.combine(self.hypervisorType)
        hasher.combine(self.netmask)
        hasher.combine(self.gateway)
        hasher.combine(self.metaData)
        hasher.combine(self.ipVersion)
        hasher.combine(self.driverType)
        hasher.combine(self.usedIps)
        hasher.combine(self.internalName)
        hasher.combine(self.deviceId)
        hasher.combine(self.type)
        hasher.combine(self.state)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
    }
}

nonisolated extension VmNicInventory {
    /// The fields of ``VmNicInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.uuid == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``VmNicInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.uuid`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``VmNicInventory`` for its own conditions.
        public init() where Root == VmNicInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``VmNicInventory`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: ZStackQueryPath) {
            self.pathFromRoot = path
        }

        /// 资源的UUID，唯一标示该资源
        public var uuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "uuid")
        }

        /// 云主机UUID
        public var vmInstanceUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "vmInstanceUuid")
        }

        /// 三层网络UUID
        public var l3NetworkUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "l3NetworkUuid")
        }

        /// The `ip` field.
        public var ip: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "ip")
        }

        /// The `mac` field.
        public var mac: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "mac")
        }

        /// The `hypervisorType` field.
        public var hypervisorType: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "hypervisorType")
        }

        /// The `netmask` field.
        public var netmask: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "netmask")
        }

        /// The `gateway` field.
        public var gateway: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "gateway")
        }

        /// The `metaData` field.
        public var metaData: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "metaData")
        }

        /// The `ipVersion` field.
        public var ipVersion: ZStackQueryField<Root, Int> {
            ZStackQueryField(pathFromRoot, "ipVersion")
        }

        /// The `driverType` field.
        public var driverType: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "driverType")
        }

        /// The `usedIps` field. Its fields are compared as `usedIps.<field>`: an item matches when one of its `usedIps`
        /// does.
        public var usedIps: UsedIpInventory.QueryFields<Root> {
            UsedIpInventory.QueryFields(path: pathFromRoot.appending("usedIps"))
        }

        /// The `internalName` field.
        public var internalName: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "internalName")
        }

        /// The `deviceId` field.
        public var deviceId: ZStackQueryField<Root, Int> {
            ZStackQueryField(pathFromRoot, "deviceId")
        }

        /// The `type` field.
        public var type: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "type")
        }

        /// 网卡状态
        public var state: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "state")
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
