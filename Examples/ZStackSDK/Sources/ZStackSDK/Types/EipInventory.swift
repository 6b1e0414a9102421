public import Foundation

/// `EipInventory`, as the API describes it.
public nonisolated struct EipInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// 资源名称
    public var name: String?

    /// 资源的详细描述
    public var description: String?

    /// 云主机网卡UUID
    public var vmNicUuid: String?

    /// VIP UUID
    public var vipUuid: String?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// The `state` field.
    public var state: String?

    /// The `vipIp` field.
    public var vipIp: String?

    /// The `guestIp` field.
    public var guestIp: String?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - vmNicUuid: 云主机网卡UUID
    ///   - vipUuid: VIP UUID
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - state: The `state` field.
    ///   - vipIp: The `vipIp` field.
    ///   - guestIp: The `guestIp` field.
    public init(
        uuid: String? = nil,
        name: String? = nil,
        description: String? = nil,
        vmNicUuid: String? = nil,
        vipUuid: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        state: String? = nil,
        vipIp: String? = nil,
        guestIp: String? = nil
    ) {
        self.uuid = uuid
        self.name = name
        self.description = description
        self.vmNicUuid = vmNicUuid
        self.vipUuid = vipUuid
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.state = state
        self.vipIp = vipIp
        self.guestIp = guestIp
    }

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case name = "name"
        case description = "description"
        case vmNicUuid = "vmNicUuid"
        case vipUuid = "vipUuid"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
        case state = "state"
        case vipIp = "vipIp"
        case guestIp = "guestIp"
    }
}
