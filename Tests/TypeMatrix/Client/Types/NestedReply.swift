/// The reply of the endpoints whose fields differ only in the type that `nested` holds: each names it with its own type
/// in its `Response`, such as `NestedReply<EchoLinkedHashMapNested>`.
///
/// A field's text here is the one those endpoints share; each endpoint's `Response` gives its own where it differs.
public nonisolated final class NestedReply<Nested: Codable & Sendable & Equatable>: Codable, Sendable, Equatable {
    /// The `queryValue` field.
    public let queryValue: MatrixJSONValue?

    /// The `optionalQueryValue` field.
    public let optionalQueryValue: MatrixJSONValue?

    /// The `value` field.
    public let value: MatrixJSONValue?

    /// The `optionalValue` field.
    public let optionalValue: MatrixJSONValue?

    /// The `nullableValue` field.
    public let nullableValue: MatrixJSONValue?

    /// The `outsideValue` field.
    public let outsideValue: MatrixJSONValue?

    /// The value one level down.
    public let nested: Nested?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - queryValue: The `queryValue` field.
    ///   - optionalQueryValue: The `optionalQueryValue` field.
    ///   - value: The `value` field.
    ///   - optionalValue: The `optionalValue` field.
    ///   - nullableValue: The `nullableValue` field.
    ///   - outsideValue: The `outsideValue` field.
    ///   - nested: The value one level down.
    public init(
        queryValue: MatrixJSONValue? = nil,
        optionalQueryValue: MatrixJSONValue? = nil,
        value: MatrixJSONValue? = nil,
        optionalValue: MatrixJSONValue? = nil,
        nullableValue: MatrixJSONValue? = nil,
        outsideValue: MatrixJSONValue? = nil,
        nested: Nested? = nil
    ) {
        self.queryValue = queryValue
        self.optionalQueryValue = optionalQueryValue
        self.value = value
        self.optionalValue = optionalValue
        self.nullableValue = nullableValue
        self.outsideValue = outsideValue
        self.nested = nested
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: MatrixCodingKey.self)
        self.queryValue = try object.optionalValue(MatrixJSONValue.self, forKey: "queryValue")
        self.optionalQueryValue = try object.optionalValue(MatrixJSONValue.self, forKey: "optionalQueryValue")
        self.value = try object.optionalValue(MatrixJSONValue.self, forKey: "value")
        self.optionalValue = try object.optionalValue(MatrixJSONValue.self, forKey: "optionalValue")
        self.nullableValue = try object.optionalValue(MatrixJSONValue.self, forKey: "nullableValue")
        self.outsideValue = try object.optionalValue(MatrixJSONValue.self, forKey: "outsideValue")
        self.nested = try object.optionalValue(Nested.self, forKey: "nested")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: MatrixCodingKey.self)
        try object.encodeValue(self.queryValue, forKey: "queryValue")
        try object.encodeValue(self.optionalQueryValue, forKey: "optionalQueryValue")
        try object.encodeValue(self.value, forKey: "value")
        try object.encodeValue(self.optionalValue, forKey: "optionalValue")
        try object.encodeValue(self.nullableValue, forKey: "nullableValue")
        try object.encodeValue(self.outsideValue, forKey: "outsideValue")
        try object.encodeValue(self.nested, forKey: "nested")
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
    public static func fieldsAreEqual(_ lhs: NestedReply, _ rhs: NestedReply) -> Bool {
        guard MatrixFieldwise.same(lhs.queryValue, rhs.queryValue) else { return false }
        guard MatrixFieldwise.same(lhs.optionalQueryValue, rhs.optionalQueryValue) else { return false }
        guard MatrixFieldwise.same(lhs.value, rhs.value) else { return false }
        guard MatrixFieldwise.same(lhs.optionalValue, rhs.optionalValue) else { return false }
        guard MatrixFieldwise.same(lhs.nullableValue, rhs.nullableValue) else { return false }
        guard MatrixFieldwise.same(lhs.outsideValue, rhs.outsideValue) else { return false }
        return MatrixFieldwise.same(lhs.nested, rhs.nested)
    }
}
