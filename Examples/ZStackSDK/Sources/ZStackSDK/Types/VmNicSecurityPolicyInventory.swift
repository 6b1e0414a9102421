public import Foundation

/// 网卡的安全策略
public nonisolated struct VmNicSecurityPolicyInventory: Codable, Sendable, Hashable {
    /// 云主机网卡UUID
    public var vmNicUuid: String?

    /// 网卡入方向安全策略
    public var ingressPolicy: String?

    /// 网卡出方向安全策略
    public var egressPolicy: String?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - vmNicUuid: 云主机网卡UUID
    ///   - ingressPolicy: 网卡入方向安全策略
    ///   - egressPolicy: 网卡出方向安全策略
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        vmNicUuid: String? = nil,
        ingressPolicy: String? = nil,
        egressPolicy: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.vmNicUuid = vmNicUuid
        self.ingressPolicy = ingressPolicy
        self.egressPolicy = egressPolicy
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    private enum CodingKeys: String, CodingKey {
        case vmNicUuid = "vmNicUuid"
        case ingressPolicy = "ingressPolicy"
        case egressPolicy = "egressPolicy"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
    }
}
