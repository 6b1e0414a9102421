/// IP地址段类型
public nonisolated struct IpRangeType: Codable, Sendable, Hashable {
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
        self.normalStorage = normal.map(ZStackIndirect.init)
        self.addressPoolStorage = addressPool.map(ZStackIndirect.init)
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
}
