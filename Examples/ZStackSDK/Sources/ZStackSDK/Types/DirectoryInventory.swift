public import Foundation

/// 目录
public nonisolated struct DirectoryInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// 资源名称
    public var name: String?

    /// 所属分组
    public var groupName: String?

    /// 父级目录UUID
    public var parentUuid: String?

    /// 根目录UUID
    public var rootDirectoryUuid: String?

    /// 区域UUID
    public var zoneUuid: String?

    /// 目录类型
    public var type: String?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 资源名称
    ///   - groupName: 所属分组
    ///   - parentUuid: 父级目录UUID
    ///   - rootDirectoryUuid: 根目录UUID
    ///   - zoneUuid: 区域UUID
    ///   - type: 目录类型
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        uuid: String? = nil,
        name: String? = nil,
        groupName: String? = nil,
        parentUuid: String? = nil,
        rootDirectoryUuid: String? = nil,
        zoneUuid: String? = nil,
        type: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.uuid = uuid
        self.name = name
        self.groupName = groupName
        self.parentUuid = parentUuid
        self.rootDirectoryUuid = rootDirectoryUuid
        self.zoneUuid = zoneUuid
        self.type = type
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case name = "name"
        case groupName = "groupName"
        case parentUuid = "parentUuid"
        case rootDirectoryUuid = "rootDirectoryUuid"
        case zoneUuid = "zoneUuid"
        case type = "type"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
    }
}
