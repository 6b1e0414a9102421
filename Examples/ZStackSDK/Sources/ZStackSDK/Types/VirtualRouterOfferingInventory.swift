public import Foundation

/// `VirtualRouterOfferingInventory`, as the API describes it.
public nonisolated struct VirtualRouterOfferingInventory: Codable, Sendable, Hashable {
    /// The `managementNetworkUuid` field.
    public var managementNetworkUuid: String?

    /// The `publicNetworkUuid` field.
    public var publicNetworkUuid: String?

    /// 区域UUID
    public var zoneUuid: String?

    /// The `isDefault` field.
    public var isDefault: Bool?

    /// 镜像UUID
    public var imageUuid: String?

    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// 资源名称
    public var name: String?

    /// 资源的详细描述
    public var description: String?

    /// The `cpuNum` field.
    public var cpuNum: Int?

    /// The `cpuSpeed` field.
    public var cpuSpeed: Int?

    /// The `memorySize` field.
    public var memorySize: Int64?

    /// The `type` field.
    public var type: String?

    /// The `allocatorStrategy` field.
    public var allocatorStrategy: String?

    /// The `sortKey` field.
    public var sortKey: Int?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// The `state` field.
    public var state: String?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - managementNetworkUuid: The `managementNetworkUuid` field.
    ///   - publicNetworkUuid: The `publicNetworkUuid` field.
    ///   - zoneUuid: 区域UUID
    ///   - isDefault: The `isDefault` field.
    ///   - imageUuid: 镜像UUID
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - cpuNum: The `cpuNum` field.
    ///   - cpuSpeed: The `cpuSpeed` field.
    ///   - memorySize: The `memorySize` field.
    ///   - type: The `type` field.
    ///   - allocatorStrategy: The `allocatorStrategy` field.
    ///   - sortKey: The `sortKey` field.
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - state: The `state` field.
    public init(
        managementNetworkUuid: String? = nil,
        publicNetworkUuid: String? = nil,
        zoneUuid: String? = nil,
        isDefault: Bool? = nil,
        imageUuid: String? = nil,
        uuid: String? = nil,
        name: String? = nil,
        description: String? = nil,
        cpuNum: Int? = nil,
        cpuSpeed: Int? = nil,
        memorySize: Int64? = nil,
        type: String? = nil,
        allocatorStrategy: String? = nil,
        sortKey: Int? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        state: String? = nil
    ) {
        self.managementNetworkUuid = managementNetworkUuid
        self.publicNetworkUuid = publicNetworkUuid
        self.zoneUuid = zoneUuid
        self.isDefault = isDefault
        self.imageUuid = imageUuid
        self.uuid = uuid
        self.name = name
        self.description = description
        self.cpuNum = cpuNum
        self.cpuSpeed = cpuSpeed
        self.memorySize = memorySize
        self.type = type
        self.allocatorStrategy = allocatorStrategy
        self.sortKey = sortKey
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.state = state
    }

    private enum CodingKeys: String, CodingKey {
        case managementNetworkUuid = "managementNetworkUuid"
        case publicNetworkUuid = "publicNetworkUuid"
        case zoneUuid = "zoneUuid"
        case isDefault = "isDefault"
        case imageUuid = "imageUuid"
        case uuid = "uuid"
        case name = "name"
        case description = "description"
        case cpuNum = "cpuNum"
        case cpuSpeed = "cpuSpeed"
        case memorySize = "memorySize"
        case type = "type"
        case allocatorStrategy = "allocatorStrategy"
        case sortKey = "sortKey"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
        case state = "state"
    }
}
