public import Foundation

/// 镜像缓存清单
public nonisolated struct ImageCacheInventory: Codable, Sendable, Hashable {
    /// The `id` field.
    public var id: Int64?

    /// 主存储UUID
    public var primaryStorageUuid: String?

    /// 镜像UUID
    public var imageUuid: String?

    /// 镜像路径
    public var installUrl: String?

    /// 镜像类型，RootVolumeTemplate、DataVolumeTemplate或ISO
    public var mediaType: String?

    /// 镜像大小
    public var size: Int64?

    /// 镜像的md5
    public var md5sum: String?

    /// 镜像缓存的状态
    public var state: String?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - id: The `id` field.
    ///   - primaryStorageUuid: 主存储UUID
    ///   - imageUuid: 镜像UUID
    ///   - installUrl: 镜像路径
    ///   - mediaType: 镜像类型，RootVolumeTemplate、DataVolumeTemplate或ISO
    ///   - size: 镜像大小
    ///   - md5sum: 镜像的md5
    ///   - state: 镜像缓存的状态
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        id: Int64? = nil,
        primaryStorageUuid: String? = nil,
        imageUuid: String? = nil,
        installUrl: String? = nil,
        mediaType: String? = nil,
        size: Int64? = nil,
        md5sum: String? = nil,
        state: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.id = id
        self.primaryStorageUuid = primaryStorageUuid
        self.imageUuid = imageUuid
        self.installUrl = installUrl
        self.mediaType = mediaType
        self.size = size
        self.md5sum = md5sum
        self.state = state
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    private enum CodingKeys: String, CodingKey {
        case id = "id"
        case primaryStorageUuid = "primaryStorageUuid"
        case imageUuid = "imageUuid"
        case installUrl = "installUrl"
        case mediaType = "mediaType"
        case size = "size"
        case md5sum = "md5sum"
        case state = "state"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
    }
}
