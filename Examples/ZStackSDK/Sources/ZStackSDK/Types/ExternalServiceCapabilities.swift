/// External Service的功能描述
public nonisolated struct ExternalServiceCapabilities: Codable, Sendable, Hashable {
    /// 支持重新加载配置
    public let reloadConfig: Bool?

    /// Creates a value.
    ///
    /// - Parameter reloadConfig: 支持重新加载配置
    public init(reloadConfig: Bool? = nil) {
        self.reloadConfig = reloadConfig
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.reloadConfig = try object.optionalValue(Bool.self, forKey: "reloadConfig")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.reloadConfig, forKey: "reloadConfig")
    }
}
