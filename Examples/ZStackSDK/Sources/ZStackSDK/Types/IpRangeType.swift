/// IP地址段类型
public nonisolated final class IpRangeType: Codable, Sendable, Hashable {
    /// 普通地址段
    public var normal: IpRangeType? {
        normalStorage?.wrapped
    }

    private let normalStorage: ZStackIndirect<IpRangeType>?

    /// 地址池段
    public var addressPool: IpRangeType? {
        addressPoolStorage?.wrapped
    }

    private let addressPoolStorage: ZStackIndirect<IpRangeType>?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - normal: 普通地址段
    ///   - addressPool: 地址池段
    public init(normal: IpRangeType? = nil, addressPool: IpRangeType? = nil) {
        self.normalStorage = ZStackIndirect.holding(normal)
        self.addressPoolStorage = ZStackIndirect.holding(addressPool)
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.normalStorage = try object.optionalValue(ZStackIndirect<IpRangeType>.self, forKey: "Normal")
        self.addressPoolStorage = try object.optionalValue(ZStackIndirect<IpRangeType>.self, forKey: "AddressPool")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.normalStorage, forKey: "Normal")
        try object.encodeValue(self.addressPoolStorage, forKey: "AddressPool")
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
        ZStackFieldwise.equal((lhs.normalStorage, lhs.addressPoolStorage), (rhs.normalStorage, rhs.addressPoolStorage))
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        ZStackFieldwise.hash((self.normalStorage, self.addressPoolStorage), into: &hasher)
    }
}
