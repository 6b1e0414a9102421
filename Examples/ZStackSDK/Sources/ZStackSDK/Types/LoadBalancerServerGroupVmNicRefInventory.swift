public import Foundation

/// `LoadBalancerServerGroupVmNicRefInventory`, as the API describes it.
public nonisolated struct LoadBalancerServerGroupVmNicRefInventory: Codable, Sendable, Hashable {
    /// The `id` field.
    public var id: Int64?

    /// The `serverGroupUuid` field.
    public var serverGroupUuid: String?

    /// 云主机网卡UUID
    public var vmNicUuid: String?

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
    ///   - serverGroupUuid: The `serverGroupUuid` field.
    ///   - vmNicUuid: 云主机网卡UUID
    ///   - weight: The `weight` field.
    ///   - status: The `status` field.
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        id: Int64? = nil,
        serverGroupUuid: String? = nil,
        vmNicUuid: String? = nil,
        weight: Int64? = nil,
        status: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.id = id
        self.serverGroupUuid = serverGroupUuid
        self.vmNicUuid = vmNicUuid
        self.weight = weight
        self.status = status
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    private enum CodingKeys: String, CodingKey {
        case id = "id"
        case serverGroupUuid = "serverGroupUuid"
        case vmNicUuid = "vmNicUuid"
        case weight = "weight"
        case status = "status"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
    }
}
