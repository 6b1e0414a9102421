public import Foundation

/// 安全组下的网卡清单
public nonisolated struct VmNicSecurityGroupRefInventory: Codable, Sendable, Hashable {
    /// 安全组优先级
    public var priority: Int?

    /// 云主机网卡UUID
    public var vmNicUuid: String?

    /// 安全组UUID
    public var securityGroupUuid: String?

    /// 云主机UUID
    public var vmInstanceUuid: String?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - priority: 安全组优先级
    ///   - vmNicUuid: 云主机网卡UUID
    ///   - securityGroupUuid: 安全组UUID
    ///   - vmInstanceUuid: 云主机UUID
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        priority: Int? = nil,
        vmNicUuid: String? = nil,
        securityGroupUuid: String? = nil,
        vmInstanceUuid: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.priority = priority
        self.vmNicUuid = vmNicUuid
        self.securityGroupUuid = securityGroupUuid
        self.vmInstanceUuid = vmInstanceUuid
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    private enum CodingKeys: String, CodingKey {
        case priority = "priority"
        case vmNicUuid = "vmNicUuid"
        case securityGroupUuid = "securityGroupUuid"
        case vmInstanceUuid = "vmInstanceUuid"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
    }
}
