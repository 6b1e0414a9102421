/// `StatementEffect`, as the API describes it.
public nonisolated struct StatementEffect: Codable, Sendable, Hashable {
    /// 资源名称
    public let name: String?

    /// The `ordinal` field.
    public let ordinal: Int?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - name: 资源名称
    ///   - ordinal: The `ordinal` field.
    public init(name: String? = nil, ordinal: Int? = nil) {
        self.name = name
        self.ordinal = ordinal
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.name = try object.optionalValue(String.self, forKey: "name")
        self.ordinal = try object.optionalValue(Int.self, forKey: "ordinal")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.name, forKey: "name")
        try object.encodeValue(self.ordinal, forKey: "ordinal")
    }
}
