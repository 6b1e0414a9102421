public import Foundation

/// `ImageBackupStorageRefInventory`, as the API describes it.
public nonisolated struct ImageBackupStorageRefInventory: Codable, Sendable, Hashable {
    /// 镜像UUID
    public var imageUuid: String?

    /// 镜像存储UUID
    public var backupStorageUuid: String?

    /// 在镜像服务器上的安装路径
    public var installPath: String?

    /// 导出镜像的url
    public var exportUrl: String?

    /// 导出镜像的md5值
    public var exportMd5Sum: String?

    /// 镜像就绪状态
    public var status: String?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - imageUuid: 镜像UUID
    ///   - backupStorageUuid: 镜像存储UUID
    ///   - installPath: 在镜像服务器上的安装路径
    ///   - exportUrl: 导出镜像的url
    ///   - exportMd5Sum: 导出镜像的md5值
    ///   - status: 镜像就绪状态
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        imageUuid: String? = nil,
        backupStorageUuid: String? = nil,
        installPath: String? = nil,
        exportUrl: String? = nil,
        exportMd5Sum: String? = nil,
        status: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.imageUuid = imageUuid
        self.backupStorageUuid = backupStorageUuid
        self.installPath = installPath
        self.exportUrl = exportUrl
        self.exportMd5Sum = exportMd5Sum
        self.status = status
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    private enum CodingKeys: String, CodingKey {
        case imageUuid = "imageUuid"
        case backupStorageUuid = "backupStorageUuid"
        case installPath = "installPath"
        case exportUrl = "exportUrl"
        case exportMd5Sum = "exportMd5Sum"
        case status = "status"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
    }
}
