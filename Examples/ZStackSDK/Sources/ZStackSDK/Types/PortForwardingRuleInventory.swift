public import Foundation

/// 端口转发规则清单
public nonisolated struct PortForwardingRuleInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// 资源名称
    public var name: String?

    /// 资源的详细描述
    public var description: String?

    /// VIP的IP地址
    public var vipIp: String?

    /// 虚拟机网卡的IP地址
    public var guestIp: String?

    /// VIP UUID
    public var vipUuid: String?

    /// VIP的起始端口号
    public var vipPortStart: Int?

    /// VIP的结束端口号
    public var vipPortEnd: Int?

    /// 客户IP的起始端口号
    public var privatePortStart: Int?

    /// 客户IP的结束端口号
    public var privatePortEnd: Int?

    /// 云主机网卡UUID
    public var vmNicUuid: String?

    /// 网络流量的协议类型
    public var protocolType: String?

    /// 规则可用状态
    public var state: String?

    /// 源CIDR; 端口转发规则只作用于源CIDR的流量
    public var allowedCidr: String?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - vipIp: VIP的IP地址
    ///   - guestIp: 虚拟机网卡的IP地址
    ///   - vipUuid: VIP UUID
    ///   - vipPortStart: VIP的起始端口号
    ///   - vipPortEnd: VIP的结束端口号
    ///   - privatePortStart: 客户IP的起始端口号
    ///   - privatePortEnd: 客户IP的结束端口号
    ///   - vmNicUuid: 云主机网卡UUID
    ///   - protocolType: 网络流量的协议类型
    ///   - state: 规则可用状态
    ///   - allowedCidr: 源CIDR; 端口转发规则只作用于源CIDR的流量
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        uuid: String? = nil,
        name: String? = nil,
        description: String? = nil,
        vipIp: String? = nil,
        guestIp: String? = nil,
        vipUuid: String? = nil,
        vipPortStart: Int? = nil,
        vipPortEnd: Int? = nil,
        privatePortStart: Int? = nil,
        privatePortEnd: Int? = nil,
        vmNicUuid: String? = nil,
        protocolType: String? = nil,
        state: String? = nil,
        allowedCidr: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.uuid = uuid
        self.name = name
        self.description = description
        self.vipIp = vipIp
        self.guestIp = guestIp
        self.vipUuid = vipUuid
        self.vipPortStart = vipPortStart
        self.vipPortEnd = vipPortEnd
        self.privatePortStart = privatePortStart
        self.privatePortEnd = privatePortEnd
        self.vmNicUuid = vmNicUuid
        self.protocolType = protocolType
        self.state = state
        self.allowedCidr = allowedCidr
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case name = "name"
        case description = "description"
        case vipIp = "vipIp"
        case guestIp = "guestIp"
        case vipUuid = "vipUuid"
        case vipPortStart = "vipPortStart"
        case vipPortEnd = "vipPortEnd"
        case privatePortStart = "privatePortStart"
        case privatePortEnd = "privatePortEnd"
        case vmNicUuid = "vmNicUuid"
        case protocolType = "protocolType"
        case state = "state"
        case allowedCidr = "allowedCidr"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
    }
}
