public import Foundation

/// 安全组规则的清单（Security Group Rule Inventory）
public nonisolated struct SecurityGroupInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// 资源名称
    public var name: String?

    /// 资源的详细描述
    public var description: String?

    /// The `state` field.
    public var state: String?

    /// ip协议号
    public var ipVersion: Int?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// The `rules` field.
    public var rules: [SecurityGroupRuleInventory]?

    /// The `attachedL3NetworkUuids` field.
    public var attachedL3NetworkUuids: [String]?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - state: The `state` field.
    ///   - ipVersion: ip协议号
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - rules: The `rules` field.
    ///   - attachedL3NetworkUuids: The `attachedL3NetworkUuids` field.
    public init(
        uuid: String? = nil,
        name: String? = nil,
        description: String? = nil,
        state: String? = nil,
        ipVersion: Int? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        rules: [SecurityGroupRuleInventory]? = nil,
        attachedL3NetworkUuids: [String]? = nil
    ) {
        self.uuid = uuid
        self.name = name
        self.description = description
        self.state = state
        self.ipVersion = ipVersion
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.rules = rules
        self.attachedL3NetworkUuids = attachedL3NetworkUuids
    }

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case name = "name"
        case description = "description"
        case state = "state"
        case ipVersion = "ipVersion"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
        case rules = "rules"
        case attachedL3NetworkUuids = "attachedL3NetworkUuids"
    }
}
