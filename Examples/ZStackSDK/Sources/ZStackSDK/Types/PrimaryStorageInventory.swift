public import Foundation

/// 根云盘可选主存储
public nonisolated struct PrimaryStorageInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// 区域UUID
    public var zoneUuid: String?

    /// 资源名称
    public var name: String?

    /// The `url` field.
    public var url: String?

    /// 资源的详细描述
    public var description: String?

    /// The `totalCapacity` field.
    public var totalCapacity: Int64?

    /// The `availableCapacity` field.
    public var availableCapacity: Int64?

    /// The `totalPhysicalCapacity` field.
    public var totalPhysicalCapacity: Int64?

    /// The `availablePhysicalCapacity` field.
    public var availablePhysicalCapacity: Int64?

    /// The `systemUsedCapacity` field.
    public var systemUsedCapacity: Int64?

    /// The `type` field.
    public var type: String?

    /// The `state` field.
    public var state: String?

    /// The `status` field.
    public var status: String?

    /// The `mountPath` field.
    public var mountPath: String?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// The `attachedClusterUuids` field.
    public var attachedClusterUuids: [String]?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - zoneUuid: 区域UUID
    ///   - name: 资源名称
    ///   - url: The `url` field.
    ///   - description: 资源的详细描述
    ///   - totalCapacity: The `totalCapacity` field.
    ///   - availableCapacity: The `availableCapacity` field.
    ///   - totalPhysicalCapacity: The `totalPhysicalCapacity` field.
    ///   - availablePhysicalCapacity: The `availablePhysicalCapacity` field.
    ///   - systemUsedCapacity: The `systemUsedCapacity` field.
    ///   - type: The `type` field.
    ///   - state: The `state` field.
    ///   - status: The `status` field.
    ///   - mountPath: The `mountPath` field.
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - attachedClusterUuids: The `attachedClusterUuids` field.
    public init(
        uuid: String? = nil,
        zoneUuid: String? = nil,
        name: String? = nil,
        url: String? = nil,
        description: String? = nil,
        totalCapacity: Int64? = nil,
        availableCapacity: Int64? = nil,
        totalPhysicalCapacity: Int64? = nil,
        availablePhysicalCapacity: Int64? = nil,
        systemUsedCapacity: Int64? = nil,
        type: String? = nil,
        state: String? = nil,
        status: String? = nil,
        mountPath: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        attachedClusterUuids: [String]? = nil
    ) {
        self.uuid = uuid
        self.zoneUuid = zoneUuid
        self.name = name
        self.url = url
        self.description = description
        self.totalCapacity = totalCapacity
        self.availableCapacity = availableCapacity
        self.totalPhysicalCapacity = totalPhysicalCapacity
        self.availablePhysicalCapacity = availablePhysicalCapacity
        self.systemUsedCapacity = systemUsedCapacity
        self.type = type
        self.state = state
        self.status = status
        self.mountPath = mountPath
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.attachedClusterUuids = attachedClusterUuids
    }

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case zoneUuid = "zoneUuid"
        case name = "name"
        case url = "url"
        case description = "description"
        case totalCapacity = "totalCapacity"
        case availableCapacity = "availableCapacity"
        case totalPhysicalCapacity = "totalPhysicalCapacity"
        case availablePhysicalCapacity = "availablePhysicalCapacity"
        case systemUsedCapacity = "systemUsedCapacity"
        case type = "type"
        case state = "state"
        case status = "status"
        case mountPath = "mountPath"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
        case attachedClusterUuids = "attachedClusterUuids"
    }
}
