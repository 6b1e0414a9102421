public import Foundation

/// 物理网卡lldp配置清单
public nonisolated struct HostNetworkInterfaceLldpInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// 物理网口Uuid
    public var interfaceUuid: String?

    /// lldp工作模式
    public var mode: String?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// 物理网口lldp信息清单
    public var lldp: HostNetworkInterfaceLldpRefInventory?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - interfaceUuid: 物理网口Uuid
    ///   - mode: lldp工作模式
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - lldp: 物理网口lldp信息清单
    public init(
        uuid: String? = nil,
        interfaceUuid: String? = nil,
        mode: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        lldp: HostNetworkInterfaceLldpRefInventory? = nil
    ) {
        self.uuid = uuid
        self.interfaceUuid = interfaceUuid
        self.mode = mode
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.lldp = lldp
    }

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case interfaceUuid = "interfaceUuid"
        case mode = "mode"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
        case lldp = "lldp"
    }
}
