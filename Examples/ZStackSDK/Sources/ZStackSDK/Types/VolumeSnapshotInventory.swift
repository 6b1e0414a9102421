public import Foundation

/// 快照清单
public nonisolated struct VolumeSnapshotInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// 资源名称
    public var name: String?

    /// 资源的详细描述
    public var description: String?

    /// The `type` field.
    public var type: String?

    /// 云盘UUID
    public var volumeUuid: String?

    /// The `treeUuid` field.
    public var treeUuid: String?

    /// The `parentUuid` field.
    public var parentUuid: String?

    /// 主存储UUID
    public var primaryStorageUuid: String?

    /// The `primaryStorageInstallPath` field.
    public var primaryStorageInstallPath: String?

    /// The `volumeType` field.
    public var volumeType: String?

    /// The `format` field.
    public var format: String?

    /// The `latest` field.
    public var latest: Bool?

    /// The `size` field.
    public var size: Int64?

    /// The `state` field.
    public var state: String?

    /// The `status` field.
    public var status: String?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// The `backupStorageRefs` field.
    public var backupStorageRefs: [VolumeSnapshotBackupStorageRefInventory]?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - type: The `type` field.
    ///   - volumeUuid: 云盘UUID
    ///   - treeUuid: The `treeUuid` field.
    ///   - parentUuid: The `parentUuid` field.
    ///   - primaryStorageUuid: 主存储UUID
    ///   - primaryStorageInstallPath: The `primaryStorageInstallPath` field.
    ///   - volumeType: The `volumeType` field.
    ///   - format: The `format` field.
    ///   - latest: The `latest` field.
    ///   - size: The `size` field.
    ///   - state: The `state` field.
    ///   - status: The `status` field.
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - backupStorageRefs: The `backupStorageRefs` field.
    public init(
        uuid: String? = nil,
        name: String? = nil,
        description: String? = nil,
        type: String? = nil,
        volumeUuid: String? = nil,
        treeUuid: String? = nil,
        parentUuid: String? = nil,
        primaryStorageUuid: String? = nil,
        primaryStorageInstallPath: String? = nil,
        volumeType: String? = nil,
        format: String? = nil,
        latest: Bool? = nil,
        size: Int64? = nil,
        state: String? = nil,
        status: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        backupStorageRefs: [VolumeSnapshotBackupStorageRefInventory]? = nil
    ) {
        self.uuid = uuid
        self.name = name
        self.description = description
        self.type = type
        self.volumeUuid = volumeUuid
        self.treeUuid = treeUuid
        self.parentUuid = parentUuid
        self.primaryStorageUuid = primaryStorageUuid
        self.primaryStorageInstallPath = primaryStorageInstallPath
        self.volumeType = volumeType
        self.format = format
        self.latest = latest
        self.size = size
        self.state = state
        self.status = status
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.backupStorageRefs = backupStorageRefs
    }

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case name = "name"
        case description = "description"
        case type = "type"
        case volumeUuid = "volumeUuid"
        case treeUuid = "treeUuid"
        case parentUuid = "parentUuid"
        case primaryStorageUuid = "primaryStorageUuid"
        case primaryStorageInstallPath = "primaryStorageInstallPath"
        case volumeType = "volumeType"
        case format = "format"
        case latest = "latest"
        case size = "size"
        case state = "state"
        case status = "status"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
        case backupStorageRefs = "backupStorageRefs"
    }
}
