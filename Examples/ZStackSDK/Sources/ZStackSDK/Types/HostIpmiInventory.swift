/// 物理机IPMI信息
public nonisolated final class HostIpmiInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// IPMI地址
    public let ipmiAddress: String?

    /// IPMI用户名
    public let ipmiUsername: String?

    /// IPMI端口
    public let ipmiPort: Int?

    /// IPMI电源状态
    public let ipmiPowerStatus: String?

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

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.uuid = try object.optionalValue(String.self, forKey: "uuid")
        self.ipmiAddress = try object.optionalValue(String.self, forKey: "ipmiAddress")
        self.ipmiUsername = try object.optionalValue(String.self, forKey: "ipmiUsername")
        self.ipmiPort = try object.optionalValue(Int.self, forKey: "ipmiPort")
        self.ipmiPowerStatus = try object.optionalValue(String.self, forKey: "ipmiPowerStatus")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.uuid, forKey: "uuid")
        try object.encodeValue(self.ipmiAddress, forKey: "ipmiAddress")
        try object.encodeValue(self.ipmiUsername, forKey: "ipmiUsername")
        try object.encodeValue(self.ipmiPort, forKey: "ipmiPort")
        try object.encodeValue(self.ipmiPowerStatus, forKey: "ipmiPowerStatus")
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
    public static func fieldsAreEqual(_ lhs: HostIpmiInventory, _ rhs: HostIpmiInventory) -> Bool {
        guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
        guard ZStackFieldwise.same(lhs.ipmiAddress, rhs.ipmiAddress) else { return false }
        guard ZStackFieldwise.same(lhs.ipmiUsername, rhs.ipmiUsername) else { return false }
        guard ZStackFieldwise.same(lhs.ipmiPort, rhs.ipmiPort) else { return false }
        return ZStackFieldwise.same(lhs.ipmiPowerStatus, rhs.ipmiPowerStatus)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.uuid)
        hasher.combine(self.ipmiAddress)
        hasher.combine(self.ipmiUsername)
        hasher.combine(self.ipmiPort)
        hasher.combine(self.ipmiPowerStatus)
    }
}
