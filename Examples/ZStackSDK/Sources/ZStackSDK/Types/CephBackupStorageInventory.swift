public import Foundation

/// `CephBackupStorageInventory`, as the API describes it.
public nonisolated struct CephBackupStorageInventory: Codable, Sendable, Hashable {
    /// The `mons` field.
    public var mons: [CephBackupStorageMonInventory]?

    /// The `fsid` field.
    public var fsid: String?

    /// The `poolName` field.
    public var poolName: String?

    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

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

    /// The `type` field.
    public var type: String?

    /// The `state` field.
    public var state: String?

    /// The `status` field.
    public var status: String?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// The `attachedZoneUuids` field.
    public var attachedZoneUuids: [String]?

    /// The `poolAvailableCapacity` field.
    public var poolAvailableCapacity: Int64?

    /// The `poolUsedCapacity` field.
    public var poolUsedCapacity: Int64?

    /// The `poolReplicatedSize` field.
    public var poolReplicatedSize: Int?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - mons: The `mons` field.
    ///   - fsid: The `fsid` field.
    ///   - poolName: The `poolName` field.
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 资源名称
    ///   - url: The `url` field.
    ///   - description: 资源的详细描述
    ///   - totalCapacity: The `totalCapacity` field.
    ///   - availableCapacity: The `availableCapacity` field.
    ///   - type: The `type` field.
    ///   - state: The `state` field.
    ///   - status: The `status` field.
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - attachedZoneUuids: The `attachedZoneUuids` field.
    ///   - poolAvailableCapacity: The `poolAvailableCapacity` field.
    ///   - poolUsedCapacity: The `poolUsedCapacity` field.
    ///   - poolReplicatedSize: The `poolReplicatedSize` field.
    public init(
        mons: [CephBackupStorageMonInventory]? = nil,
        fsid: String? = nil,
        poolName: String? = nil,
        uuid: String? = nil,
        name: String? = nil,
        url: String? = nil,
        description: String? = nil,
        totalCapacity: Int64? = nil,
        availableCapacity: Int64? = nil,
        type: String? = nil,
        state: String? = nil,
        status: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        attachedZoneUuids: [String]? = nil,
        poolAvailableCapacity: Int64? = nil,
        poolUsedCapacity: Int64? = nil,
        poolReplicatedSize: Int? = nil
    ) {
        self.mons = mons
        self.fsid = fsid
        self.poolName = poolName
        self.uuid = uuid
        self.name = name
        self.url = url
        self.description = description
        self.totalCapacity = totalCapacity
        self.availableCapacity = availableCapacity
        self.type = type
        self.state = state
        self.status = status
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.attachedZoneUuids = attachedZoneUuids
        self.poolAvailableCapacity = poolAvailableCapacity
        self.poolUsedCapacity = poolUsedCapacity
        self.poolReplicatedSize = poolReplicatedSize
    }

    private enum CodingKeys: String, CodingKey {
        case mons = "mons"
        case fsid = "fsid"
        case poolName = "poolName"
        case uuid = "uuid"
        case name = "name"
        case url = "url"
        case description = "description"
        case totalCapacity = "totalCapacity"
        case availableCapacity = "availableCapacity"
        case type = "type"
        case state = "state"
        case status = "status"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
        case attachedZoneUuids = "attachedZoneUuids"
        case poolAvailableCapacity = "poolAvailableCapacity"
        case poolUsedCapacity = "poolUsedCapacity"
        case poolReplicatedSize = "poolReplicatedSize"
    }
}
