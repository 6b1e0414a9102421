/// `FreeIpInventory`, as the API describes it.
public nonisolated final class FreeIpInventory: Codable, Sendable, Hashable {
    /// IP段UUID
    public let ipRangeUuid: String?

    /// The `ip` field.
    public let ip: String?

    /// The `netmask` field.
    public let netmask: String?

    /// The `gateway` field.
    public let gateway: String?

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

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.ipRangeUuid = try object.optionalValue(String.self, forKey: "ipRangeUuid")
        self.ip = try object.optionalValue(String.self, forKey: "ip")
        self.netmask = try object.optionalValue(String.self, forKey: "netmask")
        self.gateway = try object.optionalValue(String.self, forKey: "gateway")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.ipRangeUuid, forKey: "ipRangeUuid")
        try object.encodeValue(self.ip, forKey: "ip")
        try object.encodeValue(self.netmask, forKey: "netmask")
        try object.encodeValue(self.gateway, forKey: "gateway")
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
    public static func fieldsAreEqual(_ lhs: FreeIpInventory, _ rhs: FreeIpInventory) -> Bool {
        guard ZStackFieldwise.same(lhs.ipRangeUuid, rhs.ipRangeUuid) else { return false }
        guard ZStackFieldwise.same(lhs.ip, rhs.ip) else { return false }
        guard ZStackFieldwise.same(lhs.netmask, rhs.netmask) else { return false }
        return ZStackFieldwise.same(lhs.gateway, rhs.gateway)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.ipRangeUuid)
        hasher.combine(self.ip)
        hasher.combine(self.netmask)
        hasher.combine(self.gateway)
    }
}
