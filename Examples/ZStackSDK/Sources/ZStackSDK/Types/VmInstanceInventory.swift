public import Foundation

/// 云主机实例清单
public nonisolated struct VmInstanceInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// 资源名称
    public var name: String?

    /// 资源的详细描述
    public var description: String?

    /// 区域UUID
    public var zoneUuid: String?

    /// 集群UUID
    public var clusterUuid: String?

    /// 镜像UUID
    public var imageUuid: String?

    /// 物理机UUID
    public var hostUuid: String?

    /// The `lastHostUuid` field.
    public var lastHostUuid: String?

    /// 计算规格UUID
    public var instanceOfferingUuid: String?

    /// 根云盘UUID
    public var rootVolumeUuid: String?

    /// The `platform` field.
    public var platform: String?

    /// The `architecture` field.
    public var architecture: String?

    /// The `defaultL3NetworkUuid` field.
    public var defaultL3NetworkUuid: String?

    /// The `type` field.
    public var type: String?

    /// The `hypervisorType` field.
    public var hypervisorType: String?

    /// The `memorySize` field.
    public var memorySize: Int64?

    /// The `cpuNum` field.
    public var cpuNum: Int?

    /// The `cpuSpeed` field.
    public var cpuSpeed: Int64?

    /// The `allocatorStrategy` field.
    public var allocatorStrategy: String?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// The `state` field.
    public var state: String?

    /// The `vmNics` field.
    public var vmNics: [VmNicInventory]?

    /// The `allVolumes` field.
    public var allVolumes: [VolumeInventory]?

    /// The `vmCdRoms` field.
    public var vmCdRoms: [VmCdRomInventory]?

    /// The `guestOsType` field.
    public var guestOsType: String?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - zoneUuid: 区域UUID
    ///   - clusterUuid: 集群UUID
    ///   - imageUuid: 镜像UUID
    ///   - hostUuid: 物理机UUID
    ///   - lastHostUuid: The `lastHostUuid` field.
    ///   - instanceOfferingUuid: 计算规格UUID
    ///   - rootVolumeUuid: 根云盘UUID
    ///   - platform: The `platform` field.
    ///   - architecture: The `architecture` field.
    ///   - defaultL3NetworkUuid: The `defaultL3NetworkUuid` field.
    ///   - type: The `type` field.
    ///   - hypervisorType: The `hypervisorType` field.
    ///   - memorySize: The `memorySize` field.
    ///   - cpuNum: The `cpuNum` field.
    ///   - cpuSpeed: The `cpuSpeed` field.
    ///   - allocatorStrategy: The `allocatorStrategy` field.
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - state: The `state` field.
    ///   - vmNics: The `vmNics` field.
    ///   - allVolumes: The `allVolumes` field.
    ///   - vmCdRoms: The `vmCdRoms` field.
    ///   - guestOsType: The `guestOsType` field.
    public init(
        uuid: String? = nil,
        name: String? = nil,
        description: String? = nil,
        zoneUuid: String? = nil,
        clusterUuid: String? = nil,
        imageUuid: String? = nil,
        hostUuid: String? = nil,
        lastHostUuid: String? = nil,
        instanceOfferingUuid: String? = nil,
        rootVolumeUuid: String? = nil,
        platform: String? = nil,
        architecture: String? = nil,
        defaultL3NetworkUuid: String? = nil,
        type: String? = nil,
        hypervisorType: String? = nil,
        memorySize: Int64? = nil,
        cpuNum: Int? = nil,
        cpuSpeed: Int64? = nil,
        allocatorStrategy: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        state: String? = nil,
        vmNics: [VmNicInventory]? = nil,
        allVolumes: [VolumeInventory]? = nil,
        vmCdRoms: [VmCdRomInventory]? = nil,
        guestOsType: String? = nil
    ) {
        self.uuid = uuid
        self.name = name
        self.description = description
        self.zoneUuid = zoneUuid
        self.clusterUuid = clusterUuid
        self.imageUuid = imageUuid
        self.hostUuid = hostUuid
        self.lastHostUuid = lastHostUuid
        self.instanceOfferingUuid = instanceOfferingUuid
        self.rootVolumeUuid = rootVolumeUuid
        self.platform = platform
        self.architecture = architecture
        self.defaultL3NetworkUuid = defaultL3NetworkUuid
        self.type = type
        self.hypervisorType = hypervisorType
        self.memorySize = memorySize
        self.cpuNum = cpuNum
        self.cpuSpeed = cpuSpeed
        self.allocatorStrategy = allocatorStrategy
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.state = state
        self.vmNics = vmNics
        self.allVolumes = allVolumes
        self.vmCdRoms = vmCdRoms
        self.guestOsType = guestOsType
    }

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case name = "name"
        case description = "description"
        case zoneUuid = "zoneUuid"
        case clusterUuid = "clusterUuid"
        case imageUuid = "imageUuid"
        case hostUuid = "hostUuid"
        case lastHostUuid = "lastHostUuid"
        case instanceOfferingUuid = "instanceOfferingUuid"
        case rootVolumeUuid = "rootVolumeUuid"
        case platform = "platform"
        case architecture = "architecture"
        case defaultL3NetworkUuid = "defaultL3NetworkUuid"
        case type = "type"
        case hypervisorType = "hypervisorType"
        case memorySize = "memorySize"
        case cpuNum = "cpuNum"
        case cpuSpeed = "cpuSpeed"
        case allocatorStrategy = "allocatorStrategy"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
        case state = "state"
        case vmNics = "vmNics"
        case allVolumes = "allVolumes"
        case vmCdRoms = "vmCdRoms"
        case guestOsType = "guestOsType"
    }
}
