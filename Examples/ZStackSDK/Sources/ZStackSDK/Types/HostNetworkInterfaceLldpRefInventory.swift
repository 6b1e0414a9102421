public import Foundation

/// 物理网卡lldp信息清单
public nonisolated struct HostNetworkInterfaceLldpRefInventory: Codable, Sendable, Hashable {
    /// Lldp UUID
    public var lldpUuid: String?

    /// 机箱标识
    public var chassisId: String?

    /// 生存时间
    public var timeToLive: Int?

    /// 管理地址
    public var managementAddress: String?

    /// 系统名称
    public var systemName: String?

    /// 系统描述
    public var systemDescription: String?

    /// 系统能力
    public var systemCapabilities: String?

    /// 端口标识
    public var portId: String?

    /// 端口描述
    public var portDescription: String?

    /// VLAN标识
    public var vlanId: Int?

    /// 聚合端口标识
    public var aggregationPortId: Int64?

    /// 最大传输单元
    public var mtu: Int?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - lldpUuid: Lldp UUID
    ///   - chassisId: 机箱标识
    ///   - timeToLive: 生存时间
    ///   - managementAddress: 管理地址
    ///   - systemName: 系统名称
    ///   - systemDescription: 系统描述
    ///   - systemCapabilities: 系统能力
    ///   - portId: 端口标识
    ///   - portDescription: 端口描述
    ///   - vlanId: VLAN标识
    ///   - aggregationPortId: 聚合端口标识
    ///   - mtu: 最大传输单元
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        lldpUuid: String? = nil,
        chassisId: String? = nil,
        timeToLive: Int? = nil,
        managementAddress: String? = nil,
        systemName: String? = nil,
        systemDescription: String? = nil,
        systemCapabilities: String? = nil,
        portId: String? = nil,
        portDescription: String? = nil,
        vlanId: Int? = nil,
        aggregationPortId: Int64? = nil,
        mtu: Int? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.lldpUuid = lldpUuid
        self.chassisId = chassisId
        self.timeToLive = timeToLive
        self.managementAddress = managementAddress
        self.systemName = systemName
        self.systemDescription = systemDescription
        self.systemCapabilities = systemCapabilities
        self.portId = portId
        self.portDescription = portDescription
        self.vlanId = vlanId
        self.aggregationPortId = aggregationPortId
        self.mtu = mtu
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    private enum CodingKeys: String, CodingKey {
        case lldpUuid = "lldpUuid"
        case chassisId = "chassisId"
        case timeToLive = "timeToLive"
        case managementAddress = "managementAddress"
        case systemName = "systemName"
        case systemDescription = "systemDescription"
        case systemCapabilities = "systemCapabilities"
        case portId = "portId"
        case portDescription = "portDescription"
        case vlanId = "vlanId"
        case aggregationPortId = "aggregationPortId"
        case mtu = "mtu"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
    }
}
