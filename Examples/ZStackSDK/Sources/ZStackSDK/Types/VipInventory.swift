public import Foundation

/// 虚拟IP清单
public nonisolated struct VipInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// 资源名称
    public var name: String?

    /// 资源的详细描述
    public var description: String?

    /// 三层网络UUID
    public var l3NetworkUuid: String?

    /// The `ip` field.
    public var ip: String?

    /// The `state` field.
    public var state: String?

    /// The `gateway` field.
    public var gateway: String?

    /// The `netmask` field.
    public var netmask: String?

    /// The `prefixLen` field.
    public var prefixLen: Int?

    /// The `serviceProvider` field.
    public var serviceProvider: String?

    /// The `peerL3NetworkUuids` field.
    public var peerL3NetworkUuids: [String]?

    /// The `servicesRefs` field.
    public var servicesRefs: [VipNetworkServicesRefInventory]?

    /// The `useFor` field.
    public var useFor: String?

    /// The `system` field.
    public var system: Bool?

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
    ///   - l3NetworkUuid: 三层网络UUID
    ///   - ip: The `ip` field.
    ///   - state: The `state` field.
    ///   - gateway: The `gateway` field.
    ///   - netmask: The `netmask` field.
    ///   - prefixLen: The `prefixLen` field.
    ///   - serviceProvider: The `serviceProvider` field.
    ///   - peerL3NetworkUuids: The `peerL3NetworkUuids` field.
    ///   - servicesRefs: The `servicesRefs` field.
    ///   - useFor: The `useFor` field.
    ///   - system: The `system` field.
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        uuid: String? = nil,
        name: String? = nil,
        description: String? = nil,
        l3NetworkUuid: String? = nil,
        ip: String? = nil,
        state: String? = nil,
        gateway: String? = nil,
        netmask: String? = nil,
        prefixLen: Int? = nil,
        serviceProvider: String? = nil,
        peerL3NetworkUuids: [String]? = nil,
        servicesRefs: [VipNetworkServicesRefInventory]? = nil,
        useFor: String? = nil,
        system: Bool? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.uuid = uuid
        self.name = name
        self.description = description
        self.l3NetworkUuid = l3NetworkUuid
        self.ip = ip
        self.state = state
        self.gateway = gateway
        self.netmask = netmask
        self.prefixLen = prefixLen
        self.serviceProvider = serviceProvider
        self.peerL3NetworkUuids = peerL3NetworkUuids
        self.servicesRefs = servicesRefs
        self.useFor = useFor
        self.system = system
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case name = "name"
        case description = "description"
        case l3NetworkUuid = "l3NetworkUuid"
        case ip = "ip"
        case state = "state"
        case gateway = "gateway"
        case netmask = "netmask"
        case prefixLen = "prefixLen"
        case serviceProvider = "serviceProvider"
        case peerL3NetworkUuids = "peerL3NetworkUuids"
        case servicesRefs = "servicesRefs"
        case useFor = "useFor"
        case system = "system"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
    }
}
