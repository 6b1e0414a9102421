public import Foundation

/// 云盘规格清单
public nonisolated struct DiskOfferingInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// 资源名称
    public var name: String?

    /// 资源的详细描述
    public var description: String?

    /// 云盘大小
    public var diskSize: Int64?

    /// The `sortKey` field.
    public var sortKey: Int?

    /// 状态（启动，禁用）
    public var state: String?

    /// 类型
    public var type: String?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// 分配策略
    public var allocatorStrategy: String?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - diskSize: 云盘大小
    ///   - sortKey: The `sortKey` field.
    ///   - state: 状态（启动，禁用）
    ///   - type: 类型
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - allocatorStrategy: 分配策略
    public init(
        uuid: String? = nil,
        name: String? = nil,
        description: String? = nil,
        diskSize: Int64? = nil,
        sortKey: Int? = nil,
        state: String? = nil,
        type: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        allocatorStrategy: String? = nil
    ) {
        self.uuid = uuid
        self.name = name
        self.description = description
        self.diskSize = diskSize
        self.sortKey = sortKey
        self.state = state
        self.type = type
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.allocatorStrategy = allocatorStrategy
    }

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case name = "name"
        case description = "description"
        case diskSize = "diskSize"
        case sortKey = "sortKey"
        case state = "state"
        case type = "type"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
        case allocatorStrategy = "allocatorStrategy"
    }
}
