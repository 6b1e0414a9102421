public import Foundation

/// CephOsdGroup结构体
public nonisolated struct CephOsdGroupInventory: Codable, Sendable, Hashable {
    /// 主存储UUID
    public var primaryStorageUuid: String?

    /// The `osds` field.
    public var osds: String?

    /// The `availableCapacity` field.
    public var availableCapacity: Int64?

    /// The `availablePhysicalCapacity` field.
    public var availablePhysicalCapacity: Int64?

    /// The `totalPhysicalCapacity` field.
    public var totalPhysicalCapacity: Int64?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - primaryStorageUuid: 主存储UUID
    ///   - osds: The `osds` field.
    ///   - availableCapacity: The `availableCapacity` field.
    ///   - availablePhysicalCapacity: The `availablePhysicalCapacity` field.
    ///   - totalPhysicalCapacity: The `totalPhysicalCapacity` field.
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - uuid: 资源的UUID，唯一标示该资源
    public init(
        primaryStorageUuid: String? = nil,
        osds: String? = nil,
        availableCapacity: Int64? = nil,
        availablePhysicalCapacity: Int64? = nil,
        totalPhysicalCapacity: Int64? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        uuid: String? = nil
    ) {
        self.primaryStorageUuid = primaryStorageUuid
        self.osds = osds
        self.availableCapacity = availableCapacity
        self.availablePhysicalCapacity = availablePhysicalCapacity
        self.totalPhysicalCapacity = totalPhysicalCapacity
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.uuid = uuid
    }

    private enum CodingKeys: String, CodingKey {
        case primaryStorageUuid = "primaryStorageUuid"
        case osds = "osds"
        case availableCapacity = "availableCapacity"
        case availablePhysicalCapacity = "availablePhysicalCapacity"
        case totalPhysicalCapacity = "totalPhysicalCapacity"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
        case uuid = "uuid"
    }
}
