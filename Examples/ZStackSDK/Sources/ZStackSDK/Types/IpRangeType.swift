/// IP地址段类型
public nonisolated final class IpRangeType: Codable, Sendable, Hashable {
    /// 普通地址段
    public let normal: IpRangeType?

    /// 地址池段
    public let addressPool: IpRangeType?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - normal: 普通地址段
    ///   - addressPool: 地址池段
    public init(normal: IpRangeType? = nil, addressPool: IpRangeType? = nil) {
        self.normal = normal
        self.addressPool = addressPool
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.normal = try object.optionalValue(IpRangeType.self, forKey: "Normal")
        self.addressPool = try object.optionalValue(IpRangeType.self, forKey: "AddressPool")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.normal, forKey: "Normal")
        try object.encodeValue(self.addressPool, forKey: "AddressPool")
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
    public static func fieldsAreEqual(_ lhs: IpRangeType, _ rhs: IpRangeType) -> Bool {
        guard ZStackFieldwise.same(lhs.normal, rhs.normal) else { return false }
        return ZStackFieldwise.same(lhs.addressPool, rhs.addressPool)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.normal)
        hasher.combine(self.addressPool)
    }
}
