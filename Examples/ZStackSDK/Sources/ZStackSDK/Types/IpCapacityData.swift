/// 资源的IP地址容量信息结构
public nonisolated struct IpCapacityData: Codable, Sendable, Hashable {
    /// 资源UUID
    public var resourceUuid: String?

    /// IP地址总容量
    public var totalCapacity: Int64?

    /// 可用IP地址容量
    public var availableCapacity: Int64?

    /// 已用IP地址容量
    public var usedIpAddressNumber: Int64?

    /// IPv4地址总容量
    public var ipv4TotalCapacity: Int64?

    /// 可用IPv4地址容量
    public var ipv4AvailableCapacity: Int64?

    /// 已用IPv4地址容量
    public var ipv4UsedIpAddressNumber: Int64?

    /// IPv6地址总容量
    public var ipv6TotalCapacity: Int64?

    /// 可用IPv6地址容量
    public var ipv6AvailableCapacity: Int64?

    /// 已用IPv6地址容量
    public var ipv6UsedIpAddressNumber: Int64?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - resourceUuid: 资源UUID
    ///   - totalCapacity: IP地址总容量
    ///   - availableCapacity: 可用IP地址容量
    ///   - usedIpAddressNumber: 已用IP地址容量
    ///   - ipv4TotalCapacity: IPv4地址总容量
    ///   - ipv4AvailableCapacity: 可用IPv4地址容量
    ///   - ipv4UsedIpAddressNumber: 已用IPv4地址容量
    ///   - ipv6TotalCapacity: IPv6地址总容量
    ///   - ipv6AvailableCapacity: 可用IPv6地址容量
    ///   - ipv6UsedIpAddressNumber: 已用IPv6地址容量
    public init(
        resourceUuid: String? = nil,
        totalCapacity: Int64? = nil,
        availableCapacity: Int64? = nil,
        usedIpAddressNumber: Int64? = nil,
        ipv4TotalCapacity: Int64? = nil,
        ipv4AvailableCapacity: Int64? = nil,
        ipv4UsedIpAddressNumber: Int64? = nil,
        ipv6TotalCapacity: Int64? = nil,
        ipv6AvailableCapacity: Int64? = nil,
        ipv6UsedIpAddressNumber: Int64? = nil
    ) {
        self.resourceUuid = resourceUuid
        self.totalCapacity = totalCapacity
        self.availableCapacity = availableCapacity
        self.usedIpAddressNumber = usedIpAddressNumber
        self.ipv4TotalCapacity = ipv4TotalCapacity
        self.ipv4AvailableCapacity = ipv4AvailableCapacity
        self.ipv4UsedIpAddressNumber = ipv4UsedIpAddressNumber
        self.ipv6TotalCapacity = ipv6TotalCapacity
        self.ipv6AvailableCapacity = ipv6AvailableCapacity
        self.ipv6UsedIpAddressNumber = ipv6UsedIpAddressNumber
    }

    private enum CodingKeys: String, CodingKey {
        case resourceUuid = "resourceUuid"
        case totalCapacity = "totalCapacity"
        case availableCapacity = "availableCapacity"
        case usedIpAddressNumber = "usedIpAddressNumber"
        case ipv4TotalCapacity = "ipv4TotalCapacity"
        case ipv4AvailableCapacity = "ipv4AvailableCapacity"
        case ipv4UsedIpAddressNumber = "ipv4UsedIpAddressNumber"
        case ipv6TotalCapacity = "ipv6TotalCapacity"
        case ipv6AvailableCapacity = "ipv6AvailableCapacity"
        case ipv6UsedIpAddressNumber = "ipv6UsedIpAddressNumber"
    }
}
