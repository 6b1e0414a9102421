public import Foundation

/// `IpRangeInventory`, as the API describes it.
public nonisolated struct IpRangeInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// 三层网络UUID
    public var l3NetworkUuid: String?

    /// 资源名称
    public var name: String?

    /// 资源的详细描述
    public var description: String?

    /// 起始地址
    public var startIp: String?

    /// 结束地址
    public var endIp: String?

    /// 掩码
    public var netmask: String?

    /// 掩码长度
    public var prefixLen: String?

    /// 网关
    public var gateway: String?

    /// 网络CIDR
    public var networkCidr: String?

    /// ip协议号
    public var ipVersion: Int?

    /// IPv6地址分配模式
    public var addressMode: String?

    /// 地址段类型
    public var ipRangeType: IpRangeType?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - l3NetworkUuid: 三层网络UUID
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - startIp: 起始地址
    ///   - endIp: 结束地址
    ///   - netmask: 掩码
    ///   - prefixLen: 掩码长度
    ///   - gateway: 网关
    ///   - networkCidr: 网络CIDR
    ///   - ipVersion: ip协议号
    ///   - addressMode: IPv6地址分配模式
    ///   - ipRangeType: 地址段类型
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        uuid: String? = nil,
        l3NetworkUuid: String? = nil,
        name: String? = nil,
        description: String? = nil,
        startIp: String? = nil,
        endIp: String? = nil,
        netmask: String? = nil,
        prefixLen: String? = nil,
        gateway: String? = nil,
        networkCidr: String? = nil,
        ipVersion: Int? = nil,
        addressMode: String? = nil,
        ipRangeType: IpRangeType? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.uuid = uuid
        self.l3NetworkUuid = l3NetworkUuid
        self.name = name
        self.description = description
        self.startIp = startIp
        self.endIp = endIp
        self.netmask = netmask
        self.prefixLen = prefixLen
        self.gateway = gateway
        self.networkCidr = networkCidr
        self.ipVersion = ipVersion
        self.addressMode = addressMode
        self.ipRangeType = ipRangeType
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case l3NetworkUuid = "l3NetworkUuid"
        case name = "name"
        case description = "description"
        case startIp = "startIp"
        case endIp = "endIp"
        case netmask = "netmask"
        case prefixLen = "prefixLen"
        case gateway = "gateway"
        case networkCidr = "networkCidr"
        case ipVersion = "ipVersion"
        case addressMode = "addressMode"
        case ipRangeType = "ipRangeType"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
    }
}
