/// The value one level down.
public nonisolated struct EchoInlineNested: Codable, Sendable, Hashable {
    /// The `value` field.
    public let value: InlineThing?

    /// Creates a value.
    ///
    /// - Parameter value: The `value` field.
    public init(value: InlineThing? = nil) {
        self.value = value
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: MatrixCodingKey.self)
        self.value = try object.optionalValue(InlineThing.self, forKey: "value")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: MatrixCodingKey.self)
        try object.encodeValue(self.value, forKey: "value")
    }
}
