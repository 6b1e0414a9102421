/// 错误码目录
public nonisolated final class ElaborationCategory: Codable, Sendable, Hashable {
    /// 目录名称
    public let category: String?

    /// 目录下的错误码数目
    public let num: Int?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - category: 目录名称
    ///   - num: 目录下的错误码数目
    public init(category: String? = nil, num: Int? = nil) {
        self.category = category
        self.num = num
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.category = try object.optionalValue(String.self, forKey: "category")
        self.num = try object.optionalValue(Int.self, forKey: "num")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.category, forKey: "category")
        try object.encodeValue(self.num, forKey: "num")
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
    public static func fieldsAreEqual(_ lhs: ElaborationCategory, _ rhs: ElaborationCategory) -> Bool {
        guard ZStackFieldwise.same(lhs.category, rhs.category) else { return false }
        return ZStackFieldwise.same(lhs.num, rhs.num)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.category)
        hasher.combine(self.num)
    }
}
