/// External Service的功能描述
public nonisolated final class ExternalServiceCapabilities: Codable, Sendable, Hashable {
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
    public static func fieldsAreEqual(_ lhs: ExternalServiceCapabilities, _ rhs: ExternalServiceCapabilities) -> Bool {
        return ZStackFieldwise.same(lhs.reloadConfig, rhs.reloadConfig)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.reloadConfig)
    }
}
