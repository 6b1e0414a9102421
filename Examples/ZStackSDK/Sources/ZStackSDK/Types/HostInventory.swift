public import Foundation

/// 被添加的物理机的详细信息
public nonisolated struct HostInventory: Codable, Sendable, Hashable {
    /// 区域UUID
    public var zoneUuid: String?

    /// 资源名称
    public var name: String?

    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// 集群UUID
    public var clusterUuid: String?

    /// 资源的详细描述
    public var description: String?

    /// The `managementIp` field.
    public var managementIp: String?

    /// The `hypervisorType` field.
    public var hypervisorType: String?

    /// The `state` field.
    public var state: String?

    /// The `status` field.
    public var status: String?

    /// The `totalCpuCapacity` field.
    public var totalCpuCapacity: Int64?

    /// The `availableCpuCapacity` field.
    public var availableCpuCapacity: Int64?

    /// 物理CPU插槽数量
    public var cpuSockets: Int?

    /// The `totalMemoryCapacity` field.
    public var totalMemoryCapacity: Int64?

    /// The `availableMemoryCapacity` field.
    public var availableMemoryCapacity: Int64?

    /// 逻辑CPU数量
    public var cpuNum: Int?

    /// IPMI地址
    public var ipmiAddress: String?

    /// IPMI用户名
    public var ipmiUsername: String?

    /// IPMI端口
    public var ipmiPort: Int?

    /// IPMI电源状态
    public var ipmiPowerStatus: String?

    /// The `architecture` field.
    public var architecture: String?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

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

    private enum CodingKeys: String, CodingKey {
        case zoneUuid = "zoneUuid"
        case name = "name"
        case uuid = "uuid"
        case clusterUuid = "clusterUuid"
        case description = "description"
        case managementIp = "managementIp"
        case hypervisorType = "hypervisorType"
        case state = "state"
        case status = "status"
        case totalCpuCapacity = "totalCpuCapacity"
        case availableCpuCapacity = "availableCpuCapacity"
        case cpuSockets = "cpuSockets"
        case totalMemoryCapacity = "totalMemoryCapacity"
        case availableMemoryCapacity = "availableMemoryCapacity"
        case cpuNum = "cpuNum"
        case ipmiAddress = "ipmiAddress"
        case ipmiUsername = "ipmiUsername"
        case ipmiPort = "ipmiPort"
        case ipmiPowerStatus = "ipmiPowerStatus"
        case architecture = "architecture"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
    }
}
