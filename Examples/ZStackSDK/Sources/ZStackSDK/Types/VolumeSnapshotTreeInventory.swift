public import Foundation

/// `VolumeSnapshotTreeInventory`, as the API describes it.
public nonisolated struct VolumeSnapshotTreeInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// 云盘UUID
    public var volumeUuid: String?

    /// The `current` field.
    public var current: Bool?

    /// The `tree` field.
    public var tree: ZStackJSONValue?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - volumeUuid: 云盘UUID
    ///   - current: The `current` field.
    ///   - tree: The `tree` field.
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        uuid: String? = nil,
        volumeUuid: String? = nil,
        current: Bool? = nil,
        tree: ZStackJSONValue? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.uuid = uuid
        self.volumeUuid = volumeUuid
        self.current = current
        self.tree = tree
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case volumeUuid = "volumeUuid"
        case current = "current"
        case tree = "tree"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
    }
}
