/// The value one level down.
public nonisolated final class EchoIntegerNested: Codable, Sendable, Hashable {
    /// The `value` field.
    public let value: Int?

    /// Creates a value.
    ///
    /// - Parameter value: The `value` field.
    public init(value: Int? = nil) {
        self.value = value
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: MatrixCodingKey.self)
        self.value = try object.optionalValue(Int.self, forKey: "value")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: MatrixCodingKey.self)
        try object.encodeValue(self.value, forKey: "value")
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
    public static func fieldsAreEqual(_ lhs: EchoIntegerNested, _ rhs: EchoIntegerNested) -> Bool {
        return MatrixFieldwise.same(lhs.value, rhs.value)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.value)
    }
}
