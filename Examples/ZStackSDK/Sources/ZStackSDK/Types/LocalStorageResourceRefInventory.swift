public import Foundation

/// `LocalStorageResourceRefInventory`, as the API describes it.
public nonisolated struct LocalStorageResourceRefInventory: Codable, Sendable, Hashable {
    /// The `resourceUuid` field.
    public var resourceUuid: String?

    /// 主存储UUID
    public var primaryStorageUuid: String?

    /// 物理机UUID
    public var hostUuid: String?

    /// The `size` field.
    public var size: Int64?

    /// The `resourceType` field.
    public var resourceType: String?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - resourceUuid: The `resourceUuid` field.
    ///   - primaryStorageUuid: 主存储UUID
    ///   - hostUuid: 物理机UUID
    ///   - size: The `size` field.
    ///   - resourceType: The `resourceType` field.
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        resourceUuid: String? = nil,
        primaryStorageUuid: String? = nil,
        hostUuid: String? = nil,
        size: Int64? = nil,
        resourceType: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.resourceUuid = resourceUuid
        self.primaryStorageUuid = primaryStorageUuid
        self.hostUuid = hostUuid
        self.size = size
        self.resourceType = resourceType
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    private enum CodingKeys: String, CodingKey {
        case resourceUuid = "resourceUuid"
        case primaryStorageUuid = "primaryStorageUuid"
        case hostUuid = "hostUuid"
        case size = "size"
        case resourceType = "resourceType"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
    }
}
