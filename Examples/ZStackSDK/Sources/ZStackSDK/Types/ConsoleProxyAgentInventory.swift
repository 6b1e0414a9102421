public import Foundation

/// 控制台代理Agent清单
public nonisolated struct ConsoleProxyAgentInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// 资源的详细描述
    public var description: String?

    /// 管理节点IP
    public var managementIp: String?

    /// 类型
    public var type: String?

    /// 状态（连接，断开）
    public var status: String?

    /// 状态（启用，禁用）
    public var state: String?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - description: 资源的详细描述
    ///   - managementIp: 管理节点IP
    ///   - type: 类型
    ///   - status: 状态（连接，断开）
    ///   - state: 状态（启用，禁用）
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        uuid: String? = nil,
        description: String? = nil,
        managementIp: String? = nil,
        type: String? = nil,
        status: String? = nil,
        state: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.uuid = uuid
        self.description = description
        self.managementIp = managementIp
        self.type = type
        self.status = status
        self.state = state
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case description = "description"
        case managementIp = "managementIp"
        case type = "type"
        case status = "status"
        case state = "state"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
    }
}
