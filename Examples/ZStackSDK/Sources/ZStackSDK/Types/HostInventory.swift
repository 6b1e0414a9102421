public import Foundation

/// 被添加的物理机的详细信息
public nonisolated struct HostInventory: Codable, Sendable, Hashable {
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
}

nonisolated extension HostInventory {
    /// The fields of ``HostInventory`` that the typed conditions of a query compare, each with the type of its values,
    /// such as `$0.zoneUuid == value` in the conditions closure of a query that returns it.
    public enum QueryFields {
        /// 区域UUID
        public static var zoneUuid: ZStackQueryField<HostInventory, String> {
            ZStackQueryField("zoneUuid")
        }

        /// 资源名称
        public static var name: ZStackQueryField<HostInventory, String> {
            ZStackQueryField("name")
        }

        /// 资源的UUID，唯一标示该资源
        public static var uuid: ZStackQueryField<HostInventory, String> {
            ZStackQueryField("uuid")
        }

        /// 集群UUID
        public static var clusterUuid: ZStackQueryField<HostInventory, String> {
            ZStackQueryField("clusterUuid")
        }

        /// 资源的详细描述
        public static var description: ZStackQueryField<HostInventory, String> {
            ZStackQueryField("description")
        }

        /// The `managementIp` field.
        public static var managementIp: ZStackQueryField<HostInventory, String> {
            ZStackQueryField("managementIp")
        }

        /// The `hypervisorType` field.
        public static var hypervisorType: ZStackQueryField<HostInventory, String> {
            ZStackQueryField("hypervisorType")
        }

        /// The `state` field.
        public static var state: ZStackQueryField<HostInventory, String> {
            ZStackQueryField("state")
        }

        /// The `status` field.
        public static var status: ZStackQueryField<HostInventory, String> {
            ZStackQueryField("status")
        }

        /// The `totalCpuCapacity` field.
        public static var totalCpuCapacity: ZStackQueryField<HostInventory, Int64> {
            ZStackQueryField("totalCpuCapacity")
        }

        /// The `availableCpuCapacity` field.
        public static var availableCpuCapacity: ZStackQueryField<HostInventory, Int64> {
            ZStackQueryField("availableCpuCapacity")
        }

        /// 物理CPU插槽数量
        public static var cpuSockets: ZStackQueryField<HostInventory, Int> {
            ZStackQueryField("cpuSockets")
        }

        /// The `totalMemoryCapacity` field.
        public static var totalMemoryCapacity: ZStackQueryField<HostInventory, Int64> {
            ZStackQueryField("totalMemoryCapacity")
        }

        /// The `availableMemoryCapacity` field.
        public static var availableMemoryCapacity: ZStackQueryField<HostInventory, Int64> {
            ZStackQueryField("availableMemoryCapacity")
        }

        /// 逻辑CPU数量
        public static var cpuNum: ZStackQueryField<HostInventory, Int> {
            ZStackQueryField("cpuNum")
        }

        /// IPMI地址
        public static var ipmiAddress: ZStackQueryField<HostInventory, String> {
            ZStackQueryField("ipmiAddress")
        }

        /// IPMI用户名
        public static var ipmiUsername: ZStackQueryField<HostInventory, String> {
            ZStackQueryField("ipmiUsername")
        }

        /// IPMI端口
        public static var ipmiPort: ZStackQueryField<HostInventory, Int> {
            ZStackQueryField("ipmiPort")
        }

        /// IPMI电源状态
        public static var ipmiPowerStatus: ZStackQueryField<HostInventory, String> {
            ZStackQueryField("ipmiPowerStatus")
        }

        /// The `architecture` field.
        public static var architecture: ZStackQueryField<HostInventory, String> {
            ZStackQueryField("architecture")
        }
    }
}
