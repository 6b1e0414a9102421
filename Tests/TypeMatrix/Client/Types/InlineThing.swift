/// The value inside the wrapper.
public nonisolated final class InlineThing: Codable, Sendable, Hashable {
    /// The `size` field.
    public let size: Int64?

    /// The `tags` field.
    public let tags: [String]?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - size: The `size` field.
    ///   - tags: The `tags` field.
    public init(size: Int64? = nil, tags: [String]? = nil) {
        self.size = size
        self.tags = tags
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: MatrixCodingKey.self)
        self.size = try object.optionalValue(Int64.self, forKey: "size")
        self.tags = try object.optionalValue([String].self, forKey: "tags")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: MatrixCodingKey.self)
        try object.encodeValue(self.size, forKey: "size")
        try object.encodeValue(self.tags, forKey: "tags")
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
    public static func fieldsAreEqual(_ lhs: InlineThing, _ rhs: InlineThing) -> Bool {
        guard MatrixFieldwise.same(lhs.size, rhs.size) else { return false }
        return MatrixFieldwise.same(lhs.tags, rhs.tags)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.size)
        hasher.combine(self.tags)
    }
}
