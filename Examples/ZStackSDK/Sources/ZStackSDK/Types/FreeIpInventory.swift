/// `FreeIpInventory`, as the API describes it.
public nonisolated struct FreeIpInventory: Codable, Sendable, Hashable {
    /// IP段UUID
    public var ipRangeUuid: String?

    /// The `ip` field.
    public var ip: String?

    /// The `netmask` field.
    public var netmask: String?

    /// The `gateway` field.
    public var gateway: String?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - ipRangeUuid: IP段UUID
    ///   - ip: The `ip` field.
    ///   - netmask: The `netmask` field.
    ///   - gateway: The `gateway` field.
    public init(ipRangeUuid: String? = nil, ip: String? = nil, netmask: String? = nil, gateway: String? = nil) {
        self.ipRangeUuid = ipRangeUuid
        self.ip = ip
        self.netmask = netmask
        self.gateway = gateway
    }

    private enum CodingKeys: String, CodingKey {
        case ipRangeUuid = "ipRangeUuid"
        case ip = "ip"
        case netmask = "netmask"
        case gateway = "gateway"
    }
}
