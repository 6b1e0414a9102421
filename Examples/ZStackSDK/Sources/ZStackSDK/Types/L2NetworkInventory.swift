public import Foundation

/// 二层网络清单
public nonisolated struct L2NetworkInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// 资源名称
    public var name: String?

    /// 资源的详细描述
    public var description: String?

    /// 区域UUID
    public var zoneUuid: String?

    /// 物理网卡
    public var physicalInterface: String?

    /// 二层网络类型
    public var type: String?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// 挂载集群的UUID列表
    public var attachedClusterUuids: [String]?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - zoneUuid: 区域UUID
    ///   - physicalInterface: 物理网卡
    ///   - type: 二层网络类型
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - attachedClusterUuids: 挂载集群的UUID列表
    public init(
        uuid: String? = nil,
        name: String? = nil,
        description: String? = nil,
        zoneUuid: String? = nil,
        physicalInterface: String? = nil,
        type: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        attachedClusterUuids: [String]? = nil
    ) {
        self.uuid = uuid
        self.name = name
        self.description = description
        self.zoneUuid = zoneUuid
        self.physicalInterface = physicalInterface
        self.type = type
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.attachedClusterUuids = attachedClusterUuids
    }

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case name = "name"
        case description = "description"
        case zoneUuid = "zoneUuid"
        case physicalInterface = "physicalInterface"
        case type = "type"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
        case attachedClusterUuids = "attachedClusterUuids"
    }
}
