/// 资源的IP地址容量信息结构
public nonisolated final class IpCapacityData: Codable, Sendable, Hashable {
    /// 资源UUID
    public let resourceUuid: String?

    /// IP地址总容量
    public let totalCapacity: Int64?

    /// 可用IP地址容量
    public let availableCapacity: Int64?

    /// 已用IP地址容量
    public let usedIpAddressNumber: Int64?

    /// IPv4地址总容量
    public let ipv4TotalCapacity: Int64?

    /// 可用IPv4地址容量
    public let ipv4AvailableCapacity: Int64?

    /// 已用IPv4地址容量
    public let ipv4UsedIpAddressNumber: Int64?

    /// IPv6地址总容量
    public let ipv6TotalCapacity: Int64?

    /// 可用IPv6地址容量
    public let ipv6AvailableCapacity: Int64?

    /// 已用IPv6地址容量
    public let ipv6UsedIpAddressNumber: Int64?

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

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.resourceUuid = try object.optionalValue(String.self, forKey: "resourceUuid")
        self.totalCapacity = try object.optionalValue(Int64.self, forKey: "totalCapacity")
        self.availableCapacity = try object.optionalValue(Int64.self, forKey: "availableCapacity")
        self.usedIpAddressNumber = try object.optionalValue(Int64.self, forKey: "usedIpAddressNumber")
        self.ipv4TotalCapacity = try object.optionalValue(Int64.self, forKey: "ipv4TotalCapacity")
        self.ipv4AvailableCapacity = try object.optionalValue(Int64.self, forKey: "ipv4AvailableCapacity")
        self.ipv4UsedIpAddressNumber = try object.optionalValue(Int64.self, forKey: "ipv4UsedIpAddressNumber")
        self.ipv6TotalCapacity = try object.optionalValue(Int64.self, forKey: "ipv6TotalCapacity")
        self.ipv6AvailableCapacity = try object.optionalValue(Int64.self, forKey: "ipv6AvailableCapacity")
        self.ipv6UsedIpAddressNumber = try object.optionalValue(Int64.self, forKey: "ipv6UsedIpAddressNumber")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.resourceUuid, forKey: "resourceUuid")
        try object.encodeValue(self.totalCapacity, forKey: "totalCapacity")
        try object.encodeValue(self.availableCapacity, forKey: "availableCapacity")
        try object.encodeValue(self.usedIpAddressNumber, forKey: "usedIpAddressNumber")
        try object.encodeValue(self.ipv4TotalCapacity, forKey: "ipv4TotalCapacity")
        try object.encodeValue(self.ipv4AvailableCapacity, forKey: "ipv4AvailableCapacity")
        try object.encodeValue(self.ipv4UsedIpAddressNumber, forKey: "ipv4UsedIpAddressNumber")
        try object.encodeValue(self.ipv6TotalCapacity, forKey: "ipv6TotalCapacity")
        try object.encodeValue(self.ipv6AvailableCapacity, forKey: "ipv6AvailableCapacity")
        try object.encodeValue(self.ipv6UsedIpAddressNumber, forKey: "ipv6UsedIpAddressNumber")
    }

    /// Whether two values are equal (`==`): all their fields are.
    ///
    /// `Equatable`'s `==` under a name of its own, so that it does not join the overloads that every `==` in this
    /// module and in its importers is checked against.
    ///
    /// - Parameters:
    ///   - lhs: A value.
    ///   - rhs: Another value.
    /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
    @_implements(Equatable,==(_:_:))
    public static func fieldsAreEqual(_ lhs: IpCapacityData, _ rhs: IpCapacityData) -> Bool {
        guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
        guard ZStackFieldwise.same(lhs.totalCapacity, rhs.totalCapacity) else { return false }
        guard ZStackFieldwise.same(lhs.availableCapacity, rhs.availableCapacity) else { return false }
        guard ZStackFieldwise.same(lhs.usedIpAddressNumber, rhs.usedIpAddressNumber) else { return false }
        guard ZStackFieldwise.same(lhs.ipv4TotalCapacity, rhs.ipv4TotalCapacity) else { return false }
        guard ZStackFieldwise.same(lhs.ipv4AvailableCapacity, rhs.ipv4AvailableCapacity) else { return false }
        guard ZStackFieldwise.same(lhs.ipv4UsedIpAddressNumber, rhs.ipv4UsedIpAddressNumber) else { return false }
        guard ZStackFieldwise.same(lhs.ipv6TotalCapacity, rhs.ipv6TotalCapacity) else { return false }
        guard ZStackFieldwise.same(lhs.ipv6AvailableCapacity, rhs.ipv6AvailableCapacity) else { return false }
        return ZStackFieldwise.same(lhs.ipv6UsedIpAddressNumber, rhs.ipv6UsedIpAddressNumber)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.resourceUuid)
        hasher.combine(self.totalCapacity)
        hasher.combine(self.availableCapacity)
        hasher.combine(self.usedIpAddressNumber)
        hasher.combine(self.ipv4TotalCapacity)
        hasher.combine(self.ipv4AvailableCapacity)
        hasher.combine(self.ipv4UsedIpAddressNumber)
        hasher.combine(self.ipv6TotalCapacity)
        hasher.combine(self.ipv6AvailableCapacity)
        hasher.combine(self.ipv6UsedIpAddressNumber)
    }
}
