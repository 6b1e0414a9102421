public import Foundation

/// `LoadBalancerServerGroupServerIpInventory`, as the API describes it.
public nonisolated struct LoadBalancerServerGroupServerIpInventory: Codable, Sendable, Hashable {
    /// The `id` field.
    public var id: Int64?

    /// 资源的详细描述
    public var description: String?

    /// The `serverGroupUuid` field.
    public var serverGroupUuid: String?

    /// The `ipAddress` field.
    public var ipAddress: String?

    /// The `weight` field.
    public var weight: Int64?

    /// The `status` field.
    public var status: String?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - id: The `id` field.
    ///   - description: 资源的详细描述
    ///   - serverGroupUuid: The `serverGroupUuid` field.
    ///   - ipAddress: The `ipAddress` field.
    ///   - weight: The `weight` field.
    ///   - status: The `status` field.
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        id: Int64? = nil,
        description: String? = nil,
        serverGroupUuid: String? = nil,
        ipAddress: String? = nil,
        weight: Int64? = nil,
        status: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.id = id
        self.description = description
        self.serverGroupUuid = serverGroupUuid
        self.ipAddress = ipAddress
        self.weight = weight
        self.status = status
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    private enum CodingKeys: String, CodingKey {
        case id = "id"
        case description = "description"
        case serverGroupUuid = "serverGroupUuid"
        case ipAddress = "ipAddress"
        case weight = "weight"
        case status = "status"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
    }
}
