public import Foundation

/// 云主机优先级配置
public nonisolated struct VmPriorityConfigInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// 账户UUID
    public var accountUuid: String?

    /// The `level` field.
    public var level: VmPriorityLevel?

    /// The `cpuShares` field.
    public var cpuShares: Int?

    /// The `oomScoreAdj` field.
    public var oomScoreAdj: Int?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - accountUuid: 账户UUID
    ///   - level: The `level` field.
    ///   - cpuShares: The `cpuShares` field.
    ///   - oomScoreAdj: The `oomScoreAdj` field.
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        uuid: String? = nil,
        accountUuid: String? = nil,
        level: VmPriorityLevel? = nil,
        cpuShares: Int? = nil,
        oomScoreAdj: Int? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.uuid = uuid
        self.accountUuid = accountUuid
        self.level = level
        self.cpuShares = cpuShares
        self.oomScoreAdj = oomScoreAdj
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case accountUuid = "accountUuid"
        case level = "level"
        case cpuShares = "cpuShares"
        case oomScoreAdj = "oomScoreAdj"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
    }
}
