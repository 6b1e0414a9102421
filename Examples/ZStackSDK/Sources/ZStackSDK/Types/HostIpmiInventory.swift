/// 物理机IPMI信息
public nonisolated struct HostIpmiInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// IPMI地址
    public var ipmiAddress: String?

    /// IPMI用户名
    public var ipmiUsername: String?

    /// IPMI端口
    public var ipmiPort: Int?

    /// IPMI电源状态
    public var ipmiPowerStatus: String?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - ipmiAddress: IPMI地址
    ///   - ipmiUsername: IPMI用户名
    ///   - ipmiPort: IPMI端口
    ///   - ipmiPowerStatus: IPMI电源状态
    public init(
        uuid: String? = nil,
        ipmiAddress: String? = nil,
        ipmiUsername: String? = nil,
        ipmiPort: Int? = nil,
        ipmiPowerStatus: String? = nil
    ) {
        self.uuid = uuid
        self.ipmiAddress = ipmiAddress
        self.ipmiUsername = ipmiUsername
        self.ipmiPort = ipmiPort
        self.ipmiPowerStatus = ipmiPowerStatus
    }

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case ipmiAddress = "ipmiAddress"
        case ipmiUsername = "ipmiUsername"
        case ipmiPort = "ipmiPort"
        case ipmiPowerStatus = "ipmiPowerStatus"
    }
}
