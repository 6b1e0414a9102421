public import Foundation

/// 集群清单
public nonisolated struct ClusterInventory: Codable, Sendable, Hashable {
    /// 资源名称
    public var name: String?

    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// 资源的详细描述
    public var description: String?

    /// 集群状态
    public var state: String?

    /// 虚拟机管理程序类型
    public var hypervisorType: String?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// 区域UUID
    public var zoneUuid: String?

    /// 保留域
    public var type: String?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - name: 资源名称
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - description: 资源的详细描述
    ///   - state: 集群状态
    ///   - hypervisorType: 虚拟机管理程序类型
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - zoneUuid: 区域UUID
    ///   - type: 保留域
    public init(
        name: String? = nil,
        uuid: String? = nil,
        description: String? = nil,
        state: String? = nil,
        hypervisorType: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        zoneUuid: String? = nil,
        type: String? = nil
    ) {
        self.name = name
        self.uuid = uuid
        self.description = description
        self.state = state
        self.hypervisorType = hypervisorType
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.zoneUuid = zoneUuid
        self.type = type
    }

    private enum CodingKeys: String, CodingKey {
        case name = "name"
        case uuid = "uuid"
        case description = "description"
        case state = "state"
        case hypervisorType = "hypervisorType"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
        case zoneUuid = "zoneUuid"
        case type = "type"
    }
}
