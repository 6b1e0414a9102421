public import Foundation

/// 支持的物理机元数据
public nonisolated struct KvmHostHypervisorMetadataInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该条目
    public var uuid: String?

    /// 支持的物理机类型条目 UUID
    public var categoryUuid: String?

    /// 管理节点 UUID
    public var managementNodeUuid: String?

    /// 虚拟化软件名称，比如 "qemu-kvm"
    public var hypervisor: String?

    /// 版本号，比如 "4.2.0-632.g6a6222b.el7"
    public var version: String?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该条目
    ///   - categoryUuid: 支持的物理机类型条目 UUID
    ///   - managementNodeUuid: 管理节点 UUID
    ///   - hypervisor: 虚拟化软件名称，比如 "qemu-kvm"
    ///   - version: 版本号，比如 "4.2.0-632.g6a6222b.el7"
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        uuid: String? = nil,
        categoryUuid: String? = nil,
        managementNodeUuid: String? = nil,
        hypervisor: String? = nil,
        version: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.uuid = uuid
        self.categoryUuid = categoryUuid
        self.managementNodeUuid = managementNodeUuid
        self.hypervisor = hypervisor
        self.version = version
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case categoryUuid = "categoryUuid"
        case managementNodeUuid = "managementNodeUuid"
        case hypervisor = "hypervisor"
        case version = "version"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
    }
}
