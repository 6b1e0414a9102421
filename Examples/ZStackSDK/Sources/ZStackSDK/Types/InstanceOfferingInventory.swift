public import Foundation

/// 云主机规格清单
public nonisolated struct InstanceOfferingInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// 资源名称
    public var name: String?

    /// 资源的详细描述
    public var description: String?

    /// CPU数量
    public var cpuNum: Int?

    /// CPU速度
    public var cpuSpeed: Int?

    /// 内存大小
    public var memorySize: Int64?

    /// 类型
    public var type: String?

    /// 分配策略
    public var allocatorStrategy: String?

    /// The `sortKey` field.
    public var sortKey: Int?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// 状态（启用，禁用）
    public var state: String?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - cpuNum: CPU数量
    ///   - cpuSpeed: CPU速度
    ///   - memorySize: 内存大小
    ///   - type: 类型
    ///   - allocatorStrategy: 分配策略
    ///   - sortKey: The `sortKey` field.
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - state: 状态（启用，禁用）
    public init(
        uuid: String? = nil,
        name: String? = nil,
        description: String? = nil,
        cpuNum: Int? = nil,
        cpuSpeed: Int? = nil,
        memorySize: Int64? = nil,
        type: String? = nil,
        allocatorStrategy: String? = nil,
        sortKey: Int? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        state: String? = nil
    ) {
        self.uuid = uuid
        self.name = name
        self.description = description
        self.cpuNum = cpuNum
        self.cpuSpeed = cpuSpeed
        self.memorySize = memorySize
        self.type = type
        self.allocatorStrategy = allocatorStrategy
        self.sortKey = sortKey
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.state = state
    }

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case name = "name"
        case description = "description"
        case cpuNum = "cpuNum"
        case cpuSpeed = "cpuSpeed"
        case memorySize = "memorySize"
        case type = "type"
        case allocatorStrategy = "allocatorStrategy"
        case sortKey = "sortKey"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
        case state = "state"
    }
}
