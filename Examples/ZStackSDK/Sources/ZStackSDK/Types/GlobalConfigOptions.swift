/// 全局配置可选参数的数据结构
public nonisolated final class GlobalConfigOptions: Codable, Sendable, Hashable {
    /// The `validValue` field.
    public let validValue: [String]?

    /// The `numberGreaterThan` field.
    public let numberGreaterThan: Int64?

    /// The `numberLessThan` field.
    public let numberLessThan: Int64?

    /// 大于等于
    public let numberGreaterThanOrEqual: Int64?

    /// 小于等于
    public let numberLessThanOrEqual: Int64?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - validValue: The `validValue` field.
    ///   - numberGreaterThan: The `numberGreaterThan` field.
    ///   - numberLessThan: The `numberLessThan` field.
    ///   - numberGreaterThanOrEqual: 大于等于
    ///   - numberLessThanOrEqual: 小于等于
    public init(
        validValue: [String]? = nil,
        numberGreaterThan: Int64? = nil,
        numberLessThan: Int64? = nil,
        numberGreaterThanOrEqual: Int64? = nil,
        numberLessThanOrEqual: Int64? = nil
    ) {
        self.validValue = validValue
        self.numberGreaterThan = numberGreaterThan
        self.numberLessThan = numberLessThan
        self.numberGreaterThanOrEqual = numberGreaterThanOrEqual
        self.numberLessThanOrEqual = numberLessThanOrEqual
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.validValue = try object.optionalValue([String].self, forKey: "validValue")
        self.numberGreaterThan = try object.optionalValue(Int64.self, forKey: "numberGreaterThan")
        self.numberLessThan = try object.optionalValue(Int64.self, forKey: "numberLessThan")
        self.numberGreaterThanOrEqual = try object.optionalValue(Int64.self, forKey: "numberGreaterThanOrEqual")
        self.numberLessThanOrEqual = try object.optionalValue(Int64.self, forKey: "numberLessThanOrEqual")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.validValue, forKey: "validValue")
        try object.encodeValue(self.numberGreaterThan, forKey: "numberGreaterThan")
        try object.encodeValue(self.numberLessThan, forKey: "numberLessThan")
        try object.encodeValue(self.numberGreaterThanOrEqual, forKey: "numberGreaterThanOrEqual")
        try object.encodeValue(self.numberLessThanOrEqual, forKey: "numberLessThanOrEqual")
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
    public static func fieldsAreEqual(_ lhs: GlobalConfigOptions, _ rhs: GlobalConfigOptions) -> Bool {
        guard ZStackFieldwise.same(lhs.validValue, rhs.validValue) else { return false }
        guard ZStackFieldwise.same(lhs.numberGreaterThan, rhs.numberGreaterThan) else { return false }
        guard ZStackFieldwise.same(lhs.numberLessThan, rhs.numberLessThan) else { return false }
        guard ZStackFieldwise.same(lhs.numberGreaterThanOrEqual, rhs.numberGreaterThanOrEqual) else { return false }
        return ZStackFieldwise.same(lhs.numberLessThanOrEqual, rhs.numberLessThanOrEqual)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.validValue)
        hasher.combine(self.numberGreaterThan)
        hasher.combine(self.numberLessThan)
        hasher.combine(self.numberGreaterThanOrEqual)
        hasher.combine(self.numberLessThanOrEqual)
    }
}
