public import Foundation

/// `CephPrimaryStoragePoolInventory`, as the API describes it.
public nonisolated struct CephPrimaryStoragePoolInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// 主存储UUID
    public var primaryStorageUuid: String?

    /// The `poolName` field.
    public var poolName: String?

    /// The `aliasName` field.
    public var aliasName: String?

    /// 资源的详细描述
    public var description: String?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// The `type` field.
    public var type: String?

    /// The `availableCapacity` field.
    public var availableCapacity: Int64?

    /// The `usedCapacity` field.
    public var usedCapacity: Int64?

    /// The `replicatedSize` field.
    public var replicatedSize: Int?

    /// The `totalCapacity` field.
    public var totalCapacity: Int64?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - primaryStorageUuid: 主存储UUID
    ///   - poolName: The `poolName` field.
    ///   - aliasName: The `aliasName` field.
    ///   - description: 资源的详细描述
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - type: The `type` field.
    ///   - availableCapacity: The `availableCapacity` field.
    ///   - usedCapacity: The `usedCapacity` field.
    ///   - replicatedSize: The `replicatedSize` field.
    ///   - totalCapacity: The `totalCapacity` field.
    public init(
        uuid: String? = nil,
        primaryStorageUuid: String? = nil,
        poolName: String? = nil,
        aliasName: String? = nil,
        description: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        type: String? = nil,
        availableCapacity: Int64? = nil,
        usedCapacity: Int64? = nil,
        replicatedSize: Int? = nil,
        totalCapacity: Int64? = nil
    ) {
        self.uuid = uuid
        self.primaryStorageUuid = primaryStorageUuid
        self.poolName = poolName
        self.aliasName = aliasName
        self.description = description
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.type = type
        self.availableCapacity = availableCapacity
        self.usedCapacity = usedCapacity
        self.replicatedSize = replicatedSize
        self.totalCapacity = totalCapacity
    }

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case primaryStorageUuid = "primaryStorageUuid"
        case poolName = "poolName"
        case aliasName = "aliasName"
        case description = "description"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
        case type = "type"
        case availableCapacity = "availableCapacity"
        case usedCapacity = "usedCapacity"
        case replicatedSize = "replicatedSize"
        case totalCapacity = "totalCapacity"
    }
}
