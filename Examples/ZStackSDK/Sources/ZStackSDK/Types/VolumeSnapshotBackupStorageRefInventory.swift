/// `VolumeSnapshotBackupStorageRefInventory`, as the API describes it.
public nonisolated struct VolumeSnapshotBackupStorageRefInventory: Codable, Sendable, Hashable {
    /// 云盘快照UUID
    public var volumeSnapshotUuid: String?

    /// 镜像存储UUID
    public var backupStorageUuid: String?

    /// The `installPath` field.
    public var installPath: String?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - volumeSnapshotUuid: 云盘快照UUID
    ///   - backupStorageUuid: 镜像存储UUID
    ///   - installPath: The `installPath` field.
    public init(volumeSnapshotUuid: String? = nil, backupStorageUuid: String? = nil, installPath: String? = nil) {
        self.volumeSnapshotUuid = volumeSnapshotUuid
        self.backupStorageUuid = backupStorageUuid
        self.installPath = installPath
    }

    private enum CodingKeys: String, CodingKey {
        case volumeSnapshotUuid = "volumeSnapshotUuid"
        case backupStorageUuid = "backupStorageUuid"
        case installPath = "installPath"
    }
}
