public import Foundation

/// `LoadBalancerInventory`, as the API describes it.
public nonisolated struct LoadBalancerInventory: Codable, Sendable, Hashable {
    /// 资源名称
    public var name: String?

    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// 资源的详细描述
    public var description: String?

    /// The `state` field.
    public var state: String?

    /// The `type` field.
    public var type: String?

    /// VIP UUID
    public var vipUuid: String?

    /// The `serverGroupUuid` field.
    public var serverGroupUuid: String?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// The `listeners` field.
    public var listeners: [LoadBalancerListenerInventory]?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - name: 资源名称
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - description: 资源的详细描述
    ///   - state: The `state` field.
    ///   - type: The `type` field.
    ///   - vipUuid: VIP UUID
    ///   - serverGroupUuid: The `serverGroupUuid` field.
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - listeners: The `listeners` field.
    public init(
        name: String? = nil,
        uuid: String? = nil,
        description: String? = nil,
        state: String? = nil,
        type: String? = nil,
        vipUuid: String? = nil,
        serverGroupUuid: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        listeners: [LoadBalancerListenerInventory]? = nil
    ) {
        self.name = name
        self.uuid = uuid
        self.description = description
        self.state = state
        self.type = type
        self.vipUuid = vipUuid
        self.serverGroupUuid = serverGroupUuid
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.listeners = listeners
    }

    private enum CodingKeys: String, CodingKey {
        case name = "name"
        case uuid = "uuid"
        case description = "description"
        case state = "state"
        case type = "type"
        case vipUuid = "vipUuid"
        case serverGroupUuid = "serverGroupUuid"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
        case listeners = "listeners"
    }
}
