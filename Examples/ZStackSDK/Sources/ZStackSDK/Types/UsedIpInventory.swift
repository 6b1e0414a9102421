public import Foundation

/// 已使用IP的结构清单
public nonisolated struct UsedIpInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// IP段UUID
    public var ipRangeUuid: String?

    /// 三层网络UUID
    public var l3NetworkUuid: String?

    /// The `ipVersion` field.
    public var ipVersion: Int?

    /// The `ip` field.
    public var ip: String?

    /// The `netmask` field.
    public var netmask: String?

    /// The `gateway` field.
    public var gateway: String?

    /// 分配原因
    public var usedFor: String?

    /// The `ipInLong` field.
    public var ipInLong: Int64?

    /// The `ipInBinary` field.
    public var ipInBinary: [Int]?

    /// 云主机网卡UUID
    public var vmNicUuid: String?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - ipRangeUuid: IP段UUID
    ///   - l3NetworkUuid: 三层网络UUID
    ///   - ipVersion: The `ipVersion` field.
    ///   - ip: The `ip` field.
    ///   - netmask: The `netmask` field.
    ///   - gateway: The `gateway` field.
    ///   - usedFor: 分配原因
    ///   - ipInLong: The `ipInLong` field.
    ///   - ipInBinary: The `ipInBinary` field.
    ///   - vmNicUuid: 云主机网卡UUID
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        uuid: String? = nil,
        ipRangeUuid: String? = nil,
        l3NetworkUuid: String? = nil,
        ipVersion: Int? = nil,
        ip: String? = nil,
        netmask: String? = nil,
        gateway: String? = nil,
        usedFor: String? = nil,
        ipInLong: Int64? = nil,
        ipInBinary: [Int]? = nil,
        vmNicUuid: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.uuid = uuid
        self.ipRangeUuid = ipRangeUuid
        self.l3NetworkUuid = l3NetworkUuid
        self.ipVersion = ipVersion
        self.ip = ip
        self.netmask = netmask
        self.gateway = gateway
        self.usedFor = usedFor
        self.ipInLong = ipInLong
        self.ipInBinary = ipInBinary
        self.vmNicUuid = vmNicUuid
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case ipRangeUuid = "ipRangeUuid"
        case l3NetworkUuid = "l3NetworkUuid"
        case ipVersion = "ipVersion"
        case ip = "ip"
        case netmask = "netmask"
        case gateway = "gateway"
        case usedFor = "usedFor"
        case ipInLong = "ipInLong"
        case ipInBinary = "ipInBinary"
        case vmNicUuid = "vmNicUuid"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
    }
}
