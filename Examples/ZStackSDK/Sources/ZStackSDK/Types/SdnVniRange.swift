/// SDN控制Vni范围
public nonisolated struct SdnVniRange: Codable, Sendable, Hashable {
    /// The `startVni` field.
    public let startVni: Int?

    /// The `endVni` field.
    public let endVni: Int?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - startVni: The `startVni` field.
    ///   - endVni: The `endVni` field.
    public init(startVni: Int? = nil, endVni: Int? = nil) {
        self.startVni = startVni
        self.endVni = endVni
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.startVni = try object.optionalValue(Int.self, forKey: "startVni")
        self.endVni = try object.optionalValue(Int.self, forKey: "endVni")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.startVni, forKey: "startVni")
        try object.encodeValue(self.endVni, forKey: "endVni")
    }
}
