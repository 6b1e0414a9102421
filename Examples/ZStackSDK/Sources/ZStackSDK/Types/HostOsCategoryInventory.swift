public import Foundation

/// 支持的物理机类型条目
public nonisolated struct HostOsCategoryInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该条目
    public var uuid: String?

    /// 物理机架构，比如 "x86_64"
    public var architecture: String?

    /// 物理机操作系统版本，比如 "centos Core 7.6.1810"
    public var osReleaseVersion: String?

    /// The `metadataList` field.
    public var metadataList: [KvmHostHypervisorMetadataInventory]?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该条目
    ///   - architecture: 物理机架构，比如 "x86_64"
    ///   - osReleaseVersion: 物理机操作系统版本，比如 "centos Core 7.6.1810"
    ///   - metadataList: The `metadataList` field.
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        uuid: String? = nil,
        architecture: String? = nil,
        osReleaseVersion: String? = nil,
        metadataList: [KvmHostHypervisorMetadataInventory]? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.uuid = uuid
        self.architecture = architecture
        self.osReleaseVersion = osReleaseVersion
        self.metadataList = metadataList
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case architecture = "architecture"
        case osReleaseVersion = "osReleaseVersion"
        case metadataList = "metadataList"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
    }
}
