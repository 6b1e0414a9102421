public import Foundation

/// 镜像清单
public nonisolated struct ImageInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// 资源名称
    public var name: String?

    /// 资源的详细描述
    public var description: String?

    /// 镜像的启动状态
    public var state: String?

    /// 镜像的就绪状态
    public var status: String?

    /// 镜像大小
    public var size: Int64?

    /// 镜像真实容量
    public var actualSize: Int64?

    /// 镜像的md5值
    public var md5Sum: String?

    /// 镜像的URL地址
    public var url: String?

    /// 镜像的类型
    public var mediaType: String?

    /// 镜像对应的客户机操作系统类型
    public var guestOsType: String?

    /// 内部使用字段
    public var type: String?

    /// 镜像的系统平台
    public var platform: String?

    /// 镜像CPU架构
    public var architecture: String?

    /// 镜像的格式，比如：raw
    public var format: String?

    /// 标识是否为系统镜像
    public var system: Bool?

    /// 是否支持virtio
    public var virtio: Bool?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// The `backupStorageRefs` field.
    public var backupStorageRefs: [ImageBackupStorageRefInventory]?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - state: 镜像的启动状态
    ///   - status: 镜像的就绪状态
    ///   - size: 镜像大小
    ///   - actualSize: 镜像真实容量
    ///   - md5Sum: 镜像的md5值
    ///   - url: 镜像的URL地址
    ///   - mediaType: 镜像的类型
    ///   - guestOsType: 镜像对应的客户机操作系统类型
    ///   - type: 内部使用字段
    ///   - platform: 镜像的系统平台
    ///   - architecture: 镜像CPU架构
    ///   - format: 镜像的格式，比如：raw
    ///   - system: 标识是否为系统镜像
    ///   - virtio: 是否支持virtio
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - backupStorageRefs: The `backupStorageRefs` field.
    public init(
        uuid: String? = nil,
        name: String? = nil,
        description: String? = nil,
        state: String? = nil,
        status: String? = nil,
        size: Int64? = nil,
        actualSize: Int64? = nil,
        md5Sum: String? = nil,
        url: String? = nil,
        mediaType: String? = nil,
        guestOsType: String? = nil,
        type: String? = nil,
        platform: String? = nil,
        architecture: String? = nil,
        format: String? = nil,
        system: Bool? = nil,
        virtio: Bool? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        backupStorageRefs: [ImageBackupStorageRefInventory]? = nil
    ) {
        self.uuid = uuid
        self.name = name
        self.description = description
        self.state = state
        self.status = status
        self.size = size
        self.actualSize = actualSize
        self.md5Sum = md5Sum
        self.url = url
        self.mediaType = mediaType
        self.guestOsType = guestOsType
        self.type = type
        self.platform = platform
        self.architecture = architecture
        self.format = format
        self.system = system
        self.virtio = virtio
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.backupStorageRefs = backupStorageRefs
    }

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case name = "name"
        case description = "description"
        case state = "state"
        case status = "status"
        case size = "size"
        case actualSize = "actualSize"
        case md5Sum = "md5Sum"
        case url = "url"
        case mediaType = "mediaType"
        case guestOsType = "guestOsType"
        case type = "type"
        case platform = "platform"
        case architecture = "architecture"
        case format = "format"
        case system = "system"
        case virtio = "virtio"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
        case backupStorageRefs = "backupStorageRefs"
    }
}
