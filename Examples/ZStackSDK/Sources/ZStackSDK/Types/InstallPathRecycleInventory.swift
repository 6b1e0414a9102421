public import Foundation

/// 回收数据清单
public nonisolated struct InstallPathRecycleInventory: Codable, Sendable, Hashable {
    /// 回收数据的Id
    public var trashId: Int64?

    /// 回收数据的资源Uuid
    public var resourceUuid: String?

    /// 回收数据的存储Uuid
    public var storageUuid: String?

    /// 回收数据的存储类型
    public var storageType: String?

    /// 回收数据的资源回型
    public var resourceType: String?

    /// 回收数据的路径
    public var installPath: String?

    /// 回收数据原来所在的Host(LocalStorage)
    public var hostUuid: String?

    /// 清理时是否以目录为单位
    public var isFolder: Bool?

    /// 虚拟化类型
    public var hypervisorType: String?

    /// 回收数据的大小
    public var size: Int64?

    /// 回收数据的来源
    public var trashType: String?

    /// 创建时间
    public var createDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - trashId: 回收数据的Id
    ///   - resourceUuid: 回收数据的资源Uuid
    ///   - storageUuid: 回收数据的存储Uuid
    ///   - storageType: 回收数据的存储类型
    ///   - resourceType: 回收数据的资源回型
    ///   - installPath: 回收数据的路径
    ///   - hostUuid: 回收数据原来所在的Host(LocalStorage)
    ///   - isFolder: 清理时是否以目录为单位
    ///   - hypervisorType: 虚拟化类型
    ///   - size: 回收数据的大小
    ///   - trashType: 回收数据的来源
    ///   - createDate: 创建时间
    public init(
        trashId: Int64? = nil,
        resourceUuid: String? = nil,
        storageUuid: String? = nil,
        storageType: String? = nil,
        resourceType: String? = nil,
        installPath: String? = nil,
        hostUuid: String? = nil,
        isFolder: Bool? = nil,
        hypervisorType: String? = nil,
        size: Int64? = nil,
        trashType: String? = nil,
        createDate: Date? = nil
    ) {
        self.trashId = trashId
        self.resourceUuid = resourceUuid
        self.storageUuid = storageUuid
        self.storageType = storageType
        self.resourceType = resourceType
        self.installPath = installPath
        self.hostUuid = hostUuid
        self.isFolder = isFolder
        self.hypervisorType = hypervisorType
        self.size = size
        self.trashType = trashType
        self.createDate = createDate
    }

    private enum CodingKeys: String, CodingKey {
        case trashId = "trashId"
        case resourceUuid = "resourceUuid"
        case storageUuid = "storageUuid"
        case storageType = "storageType"
        case resourceType = "resourceType"
        case installPath = "installPath"
        case hostUuid = "hostUuid"
        case isFolder = "isFolder"
        case hypervisorType = "hypervisorType"
        case size = "size"
        case trashType = "trashType"
        case createDate = "createDate"
    }
}
