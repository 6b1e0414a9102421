public import Foundation

/// 被添加的物理机的详细信息
public nonisolated final class HostInventory: Codable, Sendable, Hashable {
    /// 区域UUID
    public let zoneUuid: String?

    /// 资源名称
    public let name: String?

    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// 集群UUID
    public let clusterUuid: String?

    /// 资源的详细描述
    public let description: String?

    /// The `managementIp` field.
    public let managementIp: String?

    /// The `hypervisorType` field.
    public let hypervisorType: String?

    /// The `state` field.
    public let state: String?

    /// The `status` field.
    public let status: String?

    /// The `totalCpuCapacity` field.
    public let totalCpuCapacity: Int64?

    /// The `availableCpuCapacity` field.
    public let availableCpuCapacity: Int64?

    /// 物理CPU插槽数量
    public let cpuSockets: Int?

    /// The `totalMemoryCapacity` field.
    public let totalMemoryCapacity: Int64?

    /// The `availableMemoryCapacity` field.
    public let availableMemoryCapacity: Int64?

    /// 逻辑CPU数量
    public let cpuNum: Int?

    /// IPMI地址
    public let ipmiAddress: String?

    /// IPMI用户名
    public let ipmiUsername: String?

    /// IPMI端口
    public let ipmiPort: Int?

    /// IPMI电源状态
    public let ipmiPowerStatus: String?

    /// The `architecture` field.
    public let architecture: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - zoneUuid: 区域UUID
    ///   - name: 资源名称
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - clusterUuid: 集群UUID
    ///   - description: 资源的详细描述
    ///   - managementIp: The `managementIp` field.
    ///   - hypervisorType: The `hypervisorType` field.
    ///   - state: The `state` field.
    ///   - status: The `status` field.
    ///   - totalCpuCapacity: The `totalCpuCapacity` field.
    ///   - availableCpuCapacity: The `availableCpuCapacity` field.
    ///   - cpuSockets: 物理CPU插槽数量
    ///   - totalMemoryCapacity: The `totalMemoryCapacity` field.
    ///   - availableMemoryCapacity: The `availableMemoryCapacity` field.
    ///   - cpuNum: 逻辑CPU数量
    ///   - ipmiAddress: IPMI地址
    ///   - ipmiUsername: IPMI用户名
    ///   - ipmiPort: IPMI端口
    ///   - ipmiPowerStatus: IPMI电源状态
    ///   - architecture: The `architecture` field.
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        zoneUuid: String? = nil,
        name: String? = nil,
        uuid: String? = nil,
        clusterUuid: String? = nil,
        description: String? = nil,
        managementIp: String? = nil,
        hypervisorType: String? = nil,
        state: String? = nil,
        status: String? = nil,
        totalCpuCapacity: Int64? = nil,
        availableCpuCapacity: Int64? = nil,
        cpuSockets: Int? = nil,
        totalMemoryCapacity: Int64? = nil,
        availableMemoryCapacity: Int64? = nil,
        cpuNum: Int? = nil,
        ipmiAddress: String? = nil,
        ipmiUsername: String? = nil,
        ipmiPort: Int? = nil,
        ipmiPowerStatus: String? = nil,
        architecture: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.zoneUuid = zoneUuid
        self.name = name
        self.uuid = uuid
        self.clusterUuid = clusterUuid
        self.description = description
        self.managementIp = managementIp
        self.hypervisorType = hypervisorType
        self.state = state
        self.status = status
        self.totalCpuCapacity = totalCpuCapacity
        self.availableCpuCapacity = availableCpuCapacity
        self.cpuSockets = cpuSockets
        self.totalMemoryCapacity = totalMemoryCapacity
        self.availableMemoryCapacity = availableMemoryCapacity
        self.cpuNum = cpuNum
        self.ipmiAddress = ipmiAddress
        self.ipmiUsername = ipmiUsername
        self.ipmiPort = ipmiPort
        self.ipmiPowerStatus = ipmiPowerStatus
        self.architecture = architecture
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.zoneUuid = try object.optionalValue(String.self, forKey: "zoneUuid")
        self.name = try object.optionalValue(String.self, forKey: "name")
        self.uuid = try object.optionalValue(String.self, forKey: "uuid")
        self.clusterUuid = try object.optionalValue(String.self, forKey: "clusterUuid")
        self.description = try object.optionalValue(String.self, forKey: "description")
        self.managementIp = try object.optionalValue(String.self, forKey: "managementIp")
        self.hypervisorType = try object.optionalValue(String.self, forKey: "hypervisorType")
        self.state = try object.optionalValue(String.self, forKey: "state")
        self.status = try object.optionalValue(String.self, forKey: "status")
        self.totalCpuCapacity = try object.optionalValue(Int64.self, forKey: "totalCpuCapacity")
        self.availableCpuCapacity = try object.optionalValue(Int64.self, forKey: "availableCpuCapacity")
        self.cpuSockets = try object.optionalValue(Int.self, forKey: "cpuSockets")
        self.totalMemoryCapacity = try object.optionalValue(Int64.self, forKey: "totalMemoryCapacity")
        self.availableMemoryCapacity = try object.optionalValue(Int64.self, forKey: "availableMemoryCapacity")
        self.cpuNum = try object.optionalValue(Int.self, forKey: "cpuNum")
        self.ipmiAddress = try object.optionalValue(String.self, forKey: "ipmiAddress")
        self.ipmiUsername = try object.optionalValue(String.self, forKey: "ipmiUsername")
        self.ipmiPort = try object.optionalValue(Int.self, forKey: "ipmiPort")
        self.ipmiPowerStatus = try object.optionalValue(String.self, forKey: "ipmiPowerStatus")
        self.architecture = try object.optionalValue(String.self, forKey: "architecture")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.zoneUuid, forKey: "zoneUuid")
        try object.encodeValue(self.name, forKey: "name")
        try object.encodeValue(self.uuid, forKey: "uuid")
        try object.encodeValue(self.clusterUuid, forKey: "clusterUuid")
        try object.encodeValue(self.description, forKey: "description")
        try object.encodeValue(self.managementIp, forKey: "managementIp")
        try object.encodeValue(self.hypervisorType, forKey: "hypervisorType")
        try object.encodeValue(self.state, forKey: "state")
        try object.encodeValue(self.status, forKey: "status")
        try object.encodeValue(self.totalCpuCapacity, forKey: "totalCpuCapacity")
        try object.encodeValue(self.availableCpuCapacity, forKey: "availableCpuCapacity")
        try object.encodeValue(self.cpuSockets, forKey: "cpuSockets")
        try object.encodeValue(self.totalMemoryCapacity, forKey: "totalMemoryCapacity")
        try object.encodeValue(self.availableMemoryCapacity, forKey: "availableMemoryCapacity")
        try object.encodeValue(self.cpuNum, forKey: "cpuNum")
        try object.encodeValue(self.ipmiAddress, forKey: "ipmiAddress")
        try object.encodeValue(self.ipmiUsername, forKey: "ipmiUsername")
        try object.encodeValue(self.ipmiPort, forKey: "ipmiPort")
        try object.encodeValue(self.ipmiPowerStatus, forKey: "ipmiPowerStatus")
        try object.encodeValue(self.architecture, forKey: "architecture")
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
    public static func fieldsAreEqual(_ lhs: HostInventory, _ rhs: HostInventory) -> Bool {
        guard ZStackFieldwise.same(lhs.zoneUuid, rhs.zoneUuid) else { return false }
        guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
        guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
        guard ZStackFieldwise.same(lhs.clusterUuid, rhs.clusterUuid) else { return false }
        guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
        guard ZStackFieldwise.same(lhs.managementIp, rhs.managementIp) else { return false }
        guard ZStackFieldwise.same(lhs.hypervisorType, rhs.hypervisorType) else { return false }
        guard ZStackFieldwise.same(lhs.state, rhs.state) else { return false }
        guard ZStackFieldwise.same(lhs.status, rhs.status) else { return false }
        guard ZStackFieldwise.same(lhs.totalCpuCapacity, rhs.totalCpuCapacity) else { return false }
        guard ZStackFieldwise.same(lhs.availableCpuCapacity, rhs.availableCpuCapacity) else { return false }
        guard ZStackFieldwise.same(lhs.cpuSockets, rhs.cpuSockets) else { return false }
        guard ZStackFieldwise.same(lhs.totalMemoryCapacity, rhs.totalMemoryCapacity) else { return false }
        guard ZStackFieldwise.same(lhs.availableMemoryCapacity, rhs.availableMemoryCapacity) else { return false }
        guard ZStackFieldwise.same(lhs.cpuNum, rhs.cpuNum) else { return false }
        guard ZStackFieldwise.same(lhs.ipmiAddress, rhs.ipmiAddress) else { return false }
        guard ZStackFieldwise.same(lhs.ipmiUsername, rhs.ipmiUsername) else { return false }
        guard ZStackFieldwise.same(lhs.ipmiPort, rhs.ipmiPort) else { return false }
        guard ZStackFieldwise.same(lhs.ipmiPowerStatus, rhs.ipmiPowerStatus) else { return false }
        guard ZStackFieldwise.same(lhs.architecture, rhs.architecture) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        return ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.zoneUuid)
        hasher.combine(self.name)
        hasher.combine(self.uuid)
        hasher.combine(self.clusterUuid)
        hasher.combine(self.description)
        hasher.combine(self.managementIp)
        hasher.combine(self.hypervisorType)
        hasher.combine(self.state)
        hasher.combine(self.status)
        hasher.combine(self.totalCpuCapacity)
        hasher.combine(self.availableCpuCapacity)
        hasher.combine(self.cpuSockets)
        hasher.combine(self.totalMemoryCapacity)
        hasher.combine(self.availableMemoryCapacity)
        hasher.combine(self.cpuNum)
        hasher.combine(self.ipmiAddress)
        hasher.combine(self.ipmiUsername)
        hasher.combine(self.ipmiPort)
        hasher.combine(self.ipmiPowerStatus)
        hasher.combine(self.architecture)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
    }
}

nonisolated extension HostInventory {
    /// The fields of ``HostInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.zoneUuid == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``HostInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.zoneUuid`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``HostInventory`` for its own conditions.
        public init() where Root == HostInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``HostInventory`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: ZStackQueryPath) {
            self.pathFromRoot = path
        }

        /// 区域UUID
        public var zoneUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "zoneUuid")
        }

        /// 资源名称
        public var name: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "name")
        }

        /// 资源的UUID，唯一标示该资源
        public var uuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "uuid")
        }

        /// 集群UUID
        public var clusterUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "clusterUuid")
        }

        /// 资源的详细描述
        public var description: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "description")
        }

        /// The `managementIp` field.
        public var managementIp: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "managementIp")
        }

        /// The `hypervisorType` field.
        public var hypervisorType: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "hypervisorType")
        }

        /// The `state` field.
        public var state: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "state")
        }

        /// The `status` field.
        public var status: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "status")
        }

        /// The `totalCpuCapacity` field.
        public var totalCpuCapacity: ZStackQueryField<Root, Int64> {
            ZStackQueryField(pathFromRoot, "totalCpuCapacity")
        }

        /// The `availableCpuCapacity` field.
        public var availableCpuCapacity: ZStackQueryField<Root, Int64> {
            ZStackQueryField(pathFromRoot, "availableCpuCapacity")
        }

        /// 物理CPU插槽数量
        public var cpuSockets: ZStackQueryField<Root, Int> {
            ZStackQueryField(pathFromRoot, "cpuSockets")
        }

        /// The `totalMemoryCapacity` field.
        public var totalMemoryCapacity: ZStackQueryField<Root, Int64> {
            ZStackQueryField(pathFromRoot, "totalMemoryCapacity")
        }

        /// The `availableMemoryCapacity` field.
        public var availableMemoryCapacity: ZStackQueryField<Root, Int64> {
            ZStackQueryField(pathFromRoot, "availableMemoryCapacity")
        }

        /// 逻辑CPU数量
        public var cpuNum: ZStackQueryField<Root, Int> {
            ZStackQueryField(pathFromRoot, "cpuNum")
        }

        /// IPMI地址
        public var ipmiAddress: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "ipmiAddress")
        }

        /// IPMI用户名
        public var ipmiUsername: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "ipmiUsername")
        }

        /// IPMI端口
        public var ipmiPort: ZStackQueryField<Root, Int> {
            ZStackQueryField(pathFromRoot, "ipmiPort")
        }

        /// IPMI电源状态
        public var ipmiPowerStatus: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "ipmiPowerStatus")
        }

        /// The `architecture` field.
        public var architecture: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "architecture")
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
