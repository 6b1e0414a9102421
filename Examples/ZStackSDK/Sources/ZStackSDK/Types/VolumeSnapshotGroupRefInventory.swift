public import Foundation

/// 快照组和快照所属关系
public nonisolated struct VolumeSnapshotGroupRefInventory: Codable, Sendable, Hashable {
    /// 云盘快照UUID
    public var volumeSnapshotUuid: String?

    /// 快照组UUID
    public var volumeSnapshotGroupUuid: String?

    /// 打快照时云盘的加载序号
    public var deviceId: Int?

    /// 快照是否已经被删除
    public var snapshotDeleted: Bool?

    /// 云盘UUID
    public var volumeUuid: String?

    /// 云盘的名字
    public var volumeName: String?

    /// 云盘的类型
    public var volumeType: String?

    /// 快照的安装路径
    public var volumeSnapshotInstallPath: String?

    /// 快照的名字
    public var volumeSnapshotName: String?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - volumeSnapshotUuid: 云盘快照UUID
    ///   - volumeSnapshotGroupUuid: 快照组UUID
    ///   - deviceId: 打快照时云盘的加载序号
    ///   - snapshotDeleted: 快照是否已经被删除
    ///   - volumeUuid: 云盘UUID
    ///   - volumeName: 云盘的名字
    ///   - volumeType: 云盘的类型
    ///   - volumeSnapshotInstallPath: 快照的安装路径
    ///   - volumeSnapshotName: 快照的名字
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        volumeSnapshotUuid: String? = nil,
        volumeSnapshotGroupUuid: String? = nil,
        deviceId: Int? = nil,
        snapshotDeleted: Bool? = nil,
        volumeUuid: String? = nil,
        volumeName: String? = nil,
        volumeType: String? = nil,
        volumeSnapshotInstallPath: String? = nil,
        volumeSnapshotName: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.volumeSnapshotUuid = volumeSnapshotUuid
        self.volumeSnapshotGroupUuid = volumeSnapshotGroupUuid
        self.deviceId = deviceId
        self.snapshotDeleted = snapshotDeleted
        self.volumeUuid = volumeUuid
        self.volumeName = volumeName
        self.volumeType = volumeType
        self.volumeSnapshotInstallPath = volumeSnapshotInstallPath
        self.volumeSnapshotName = volumeSnapshotName
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    private enum CodingKeys: String, CodingKey {
        case volumeSnapshotUuid = "volumeSnapshotUuid"
        case volumeSnapshotGroupUuid = "volumeSnapshotGroupUuid"
        case deviceId = "deviceId"
        case snapshotDeleted = "snapshotDeleted"
        case volumeUuid = "volumeUuid"
        case volumeName = "volumeName"
        case volumeType = "volumeType"
        case volumeSnapshotInstallPath = "volumeSnapshotInstallPath"
        case volumeSnapshotName = "volumeSnapshotName"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
    }
}
