public import Foundation

/// 快照组清单
public nonisolated struct VolumeSnapshotGroupInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// 组内快照数量
    public var snapshotCount: Int?

    /// 资源名称
    public var name: String?

    /// 资源的详细描述
    public var description: String?

    /// 云主机UUID
    public var vmInstanceUuid: String?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// 组内快照信息
    public var volumeSnapshotRefs: [VolumeSnapshotGroupRefInventory]?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - snapshotCount: 组内快照数量
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - vmInstanceUuid: 云主机UUID
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - volumeSnapshotRefs: 组内快照信息
    public init(
        uuid: String? = nil,
        snapshotCount: Int? = nil,
        name: String? = nil,
        description: String? = nil,
        vmInstanceUuid: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        volumeSnapshotRefs: [VolumeSnapshotGroupRefInventory]? = nil
    ) {
        self.uuid = uuid
        self.snapshotCount = snapshotCount
        self.name = name
        self.description = description
        self.vmInstanceUuid = vmInstanceUuid
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.volumeSnapshotRefs = volumeSnapshotRefs
    }

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case snapshotCount = "snapshotCount"
        case name = "name"
        case description = "description"
        case vmInstanceUuid = "vmInstanceUuid"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
        case volumeSnapshotRefs = "volumeSnapshotRefs"
    }
}
