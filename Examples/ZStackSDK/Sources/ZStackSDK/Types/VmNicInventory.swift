public import Foundation

/// 云主机网卡清单
public nonisolated struct VmNicInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// 云主机UUID
    public var vmInstanceUuid: String?

    /// 三层网络UUID
    public var l3NetworkUuid: String?

    /// The `ip` field.
    public var ip: String?

    /// The `mac` field.
    public var mac: String?

    /// The `hypervisorType` field.
    public var hypervisorType: String?

    /// The `netmask` field.
    public var netmask: String?

    /// The `gateway` field.
    public var gateway: String?

    /// The `metaData` field.
    public var metaData: String?

    /// The `ipVersion` field.
    public var ipVersion: Int?

    /// The `driverType` field.
    public var driverType: String?

    /// The `usedIps` field.
    public var usedIps: [UsedIpInventory]?

    /// The `internalName` field.
    public var internalName: String?

    /// The `deviceId` field.
    public var deviceId: Int?

    /// The `type` field.
    public var type: String?

    /// 网卡状态
    public var state: String?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - vmInstanceUuid: 云主机UUID
    ///   - l3NetworkUuid: 三层网络UUID
    ///   - ip: The `ip` field.
    ///   - mac: The `mac` field.
    ///   - hypervisorType: The `hypervisorType` field.
    ///   - netmask: The `netmask` field.
    ///   - gateway: The `gateway` field.
    ///   - metaData: The `metaData` field.
    ///   - ipVersion: The `ipVersion` field.
    ///   - driverType: The `driverType` field.
    ///   - usedIps: The `usedIps` field.
    ///   - internalName: The `internalName` field.
    ///   - deviceId: The `deviceId` field.
    ///   - type: The `type` field.
    ///   - state: 网卡状态
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        uuid: String? = nil,
        vmInstanceUuid: String? = nil,
        l3NetworkUuid: String? = nil,
        ip: String? = nil,
        mac: String? = nil,
        hypervisorType: String? = nil,
        netmask: String? = nil,
        gateway: String? = nil,
        metaData: String? = nil,
        ipVersion: Int? = nil,
        driverType: String? = nil,
        usedIps: [UsedIpInventory]? = nil,
        internalName: String? = nil,
        deviceId: Int? = nil,
        type: String? = nil,
        state: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.uuid = uuid
        self.vmInstanceUuid = vmInstanceUuid
        self.l3NetworkUuid = l3NetworkUuid
        self.ip = ip
        self.mac = mac
        self.hypervisorType = hypervisorType
        self.netmask = netmask
        self.gateway = gateway
        self.metaData = metaData
        self.ipVersion = ipVersion
        self.driverType = driverType
        self.usedIps = usedIps
        self.internalName = internalName
        self.deviceId = deviceId
        self.type = type
        self.state = state
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case vmInstanceUuid = "vmInstanceUuid"
        case l3NetworkUuid = "l3NetworkUuid"
        case ip = "ip"
        case mac = "mac"
        case hypervisorType = "hypervisorType"
        case netmask = "netmask"
        case gateway = "gateway"
        case metaData = "metaData"
        case ipVersion = "ipVersion"
        case driverType = "driverType"
        case usedIps = "usedIps"
        case internalName = "internalName"
        case deviceId = "deviceId"
        case type = "type"
        case state = "state"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
    }
}
