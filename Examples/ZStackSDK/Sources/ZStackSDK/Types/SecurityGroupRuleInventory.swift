public import Foundation

/// 安全组规则清单
public nonisolated struct SecurityGroupRuleInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// 安全组UUID
    public var securityGroupUuid: String?

    /// 流量类型
    public var type: String?

    /// ip协议号
    public var ipVersion: Int?

    /// 流量协议类型
    public var `protocol`: String?

    /// 规则的可用状态
    public var state: String?

    /// 规则优先级
    public var priority: Int?

    /// 规则描述
    public var description: String?

    /// 源IP范围
    public var srcIpRange: String?

    /// 目的IP范围
    public var dstIpRange: String?

    /// 源端口范围，当前版本未实现
    public var srcPortRange: String?

    /// 目的端口范围
    public var dstPortRange: String?

    /// 规则的默认动作
    public var action: String?

    /// The `remoteSecurityGroupUuid` field.
    public var remoteSecurityGroupUuid: String?

    /// 允许的CIDR,根据流量类型的不同, 允许的CIDR有不同的含义,如果流量类型是Ingress, 允许的CIDR是允许访问虚拟机网卡的源CIDR,如果流量类型是Egress,
    /// 允许的CIDR是允许从虚拟机网卡离开并到达的目的地CIDR
    public var allowedCidr: String?

    /// 如果协议是TCP/UDP, 它是端口范围（port range）的起始端口号; 如果协议是ICMP, 它是ICMP类型（type）
    public var startPort: Int?

    /// 如果协议是TCP/UDP, 它是端口范围（port range）的起始端口号; 如果协议是ICMP, 它是ICMP类型（type）
    public var endPort: Int?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - securityGroupUuid: 安全组UUID
    ///   - type: 流量类型
    ///   - ipVersion: ip协议号
    ///   - protocol: 流量协议类型
    ///   - state: 规则的可用状态
    ///   - priority: 规则优先级
    ///   - description: 规则描述
    ///   - srcIpRange: 源IP范围
    ///   - dstIpRange: 目的IP范围
    ///   - srcPortRange: 源端口范围，当前版本未实现
    ///   - dstPortRange: 目的端口范围
    ///   - action: 规则的默认动作
    ///   - remoteSecurityGroupUuid: The `remoteSecurityGroupUuid` field.
    ///   - allowedCidr: 允许的CIDR,根据流量类型的不同, 允许的CIDR有不同的含义,如果流量类型是Ingress, 允许的CIDR是允许访问虚拟机网卡的源CIDR,如果流量类型是Egress,
    ///     允许的CIDR是允许从虚拟机网卡离开并到达的目的地CIDR
    ///   - startPort: 如果协议是TCP/UDP, 它是端口范围（port range）的起始端口号; 如果协议是ICMP, 它是ICMP类型（type）
    ///   - endPort: 如果协议是TCP/UDP, 它是端口范围（port range）的起始端口号; 如果协议是ICMP, 它是ICMP类型（type）
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        uuid: String? = nil,
        securityGroupUuid: String? = nil,
        type: String? = nil,
        ipVersion: Int? = nil,
        protocol: String? = nil,
        state: String? = nil,
        priority: Int? = nil,
        description: String? = nil,
        srcIpRange: String? = nil,
        dstIpRange: String? = nil,
        srcPortRange: String? = nil,
        dstPortRange: String? = nil,
        action: String? = nil,
        remoteSecurityGroupUuid: String? = nil,
        allowedCidr: String? = nil,
        startPort: Int? = nil,
        endPort: Int? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.uuid = uuid
        self.securityGroupUuid = securityGroupUuid
        self.type = type
        self.ipVersion = ipVersion
        self.protocol = `protocol`
        self.state = state
        self.priority = priority
        self.description = description
        self.srcIpRange = srcIpRange
        self.dstIpRange = dstIpRange
        self.srcPortRange = srcPortRange
        self.dstPortRange = dstPortRange
        self.action = action
        self.remoteSecurityGroupUuid = remoteSecurityGroupUuid
        self.allowedCidr = allowedCidr
        self.startPort = startPort
        self.endPort = endPort
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case securityGroupUuid = "securityGroupUuid"
        case type = "type"
        case ipVersion = "ipVersion"
        case `protocol` = "protocol"
        case state = "state"
        case priority = "priority"
        case description = "description"
        case srcIpRange = "srcIpRange"
        case dstIpRange = "dstIpRange"
        case srcPortRange = "srcPortRange"
        case dstPortRange = "dstPortRange"
        case action = "action"
        case remoteSecurityGroupUuid = "remoteSecurityGroupUuid"
        case allowedCidr = "allowedCidr"
        case startPort = "startPort"
        case endPort = "endPort"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
    }
}
