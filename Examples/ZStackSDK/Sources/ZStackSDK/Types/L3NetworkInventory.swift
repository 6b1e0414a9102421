public import Foundation

/// `L3NetworkInventory`, as the API describes it.
public nonisolated struct L3NetworkInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// 资源名称
    public var name: String?

    /// 资源的详细描述
    public var description: String?

    /// The `type` field.
    public var type: String?

    /// 区域UUID
    public var zoneUuid: String?

    /// 二层网络UUID
    public var l2NetworkUuid: String?

    /// The `state` field.
    public var state: String?

    /// The `dnsDomain` field.
    public var dnsDomain: String?

    /// The `system` field.
    public var system: Bool?

    /// The `category` field.
    public var category: String?

    /// ip协议号
    public var ipVersion: Int?

    /// 打开IP地址管理功能
    public var enableIPAM: Bool?

    /// 打开PVLAN功能
    public var isolated: Bool?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// The `dns` field.
    public var dns: [String]?

    /// The `ipRanges` field.
    public var ipRanges: [IpRangeInventory]?

    /// The `networkServices` field.
    public var networkServices: [NetworkServiceL3NetworkRefInventory]?

    /// The `hostRoute` field.
    public var hostRoute: [L3NetworkHostRouteInventory]?

    /// 保留地址段
    public var reservedIpRanges: [ReservedIpRangeInventory]?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - type: The `type` field.
    ///   - zoneUuid: 区域UUID
    ///   - l2NetworkUuid: 二层网络UUID
    ///   - state: The `state` field.
    ///   - dnsDomain: The `dnsDomain` field.
    ///   - system: The `system` field.
    ///   - category: The `category` field.
    ///   - ipVersion: ip协议号
    ///   - enableIPAM: 打开IP地址管理功能
    ///   - isolated: 打开PVLAN功能
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - dns: The `dns` field.
    ///   - ipRanges: The `ipRanges` field.
    ///   - networkServices: The `networkServices` field.
    ///   - hostRoute: The `hostRoute` field.
    ///   - reservedIpRanges: 保留地址段
    public init(
        uuid: String? = nil,
        name: String? = nil,
        description: String? = nil,
        type: String? = nil,
        zoneUuid: String? = nil,
        l2NetworkUuid: String? = nil,
        state: String? = nil,
        dnsDomain: String? = nil,
        system: Bool? = nil,
        category: String? = nil,
        ipVersion: Int? = nil,
        enableIPAM: Bool? = nil,
        isolated: Bool? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        dns: [String]? = nil,
        ipRanges: [IpRangeInventory]? = nil,
        networkServices: [NetworkServiceL3NetworkRefInventory]? = nil,
        hostRoute: [L3NetworkHostRouteInventory]? = nil,
        reservedIpRanges: [ReservedIpRangeInventory]? = nil
    ) {
        self.uuid = uuid
        self.name = name
        self.description = description
        self.type = type
        self.zoneUuid = zoneUuid
        self.l2NetworkUuid = l2NetworkUuid
        self.state = state
        self.dnsDomain = dnsDomain
        self.system = system
        self.category = category
        self.ipVersion = ipVersion
        self.enableIPAM = enableIPAM
        self.isolated = isolated
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.dns = dns
        self.ipRanges = ipRanges
        self.networkServices = networkServices
        self.hostRoute = hostRoute
        self.reservedIpRanges = reservedIpRanges
    }

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case name = "name"
        case description = "description"
        case type = "type"
        case zoneUuid = "zoneUuid"
        case l2NetworkUuid = "l2NetworkUuid"
        case state = "state"
        case dnsDomain = "dnsDomain"
        case system = "system"
        case category = "category"
        case ipVersion = "ipVersion"
        case enableIPAM = "enableIPAM"
        case isolated = "isolated"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
        case dns = "dns"
        case ipRanges = "ipRanges"
        case networkServices = "networkServices"
        case hostRoute = "hostRoute"
        case reservedIpRanges = "reservedIpRanges"
    }
}
