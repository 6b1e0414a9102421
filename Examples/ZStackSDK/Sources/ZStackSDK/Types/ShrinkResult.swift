/// 快照瘦身返回结构体
public nonisolated final class ShrinkResult: Codable, Sendable, Hashable {
    /// The `oldSize` field.
    public let oldSize: Int64?

    /// The `size` field.
    public let size: Int64?

    /// The `deltaSize` field.
    public let deltaSize: Int64?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - oldSize: The `oldSize` field.
    ///   - size: The `size` field.
    ///   - deltaSize: The `deltaSize` field.
    public init(oldSize: Int64? = nil, size: Int64? = nil, deltaSize: Int64? = nil) {
        self.oldSize = oldSize
        self.size = size
        self.deltaSize = deltaSize
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.oldSize = try object.optionalValue(Int64.self, forKey: "oldSize")
        self.size = try object.optionalValue(Int64.self, forKey: "size")
        self.deltaSize = try object.optionalValue(Int64.self, forKey: "deltaSize")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.oldSize, forKey: "oldSize")
        try object.encodeValue(self.size, forKey: "size")
        try object.encodeValue(self.deltaSize, forKey: "deltaSize")
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
    public static func fieldsAreEqual(_ lhs: ShrinkResult, _ rhs: ShrinkResult) -> Bool {
        guard ZStackFieldwise.same(lhs.oldSize, rhs.oldSize) else { return false }
        guard ZStackFieldwise.same(lhs.size, rhs.size) else { return false }
        return ZStackFieldwise.same(lhs.deltaSize, rhs.deltaSize)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.oldSize)
        hasher.combine(self.size)
        hasher.combine(self.deltaSize)
    }
}
