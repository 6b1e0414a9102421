/// xml hook 类型
public nonisolated final class XmlHookType: Codable, Sendable, Hashable {
    /// The `System` field.
    public let system: XmlHookType?

    /// The `Customization` field.
    public let customization: XmlHookType?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - system: The `System` field.
    ///   - customization: The `Customization` field.
    public init(system: XmlHookType? = nil, customization: XmlHookType? = nil) {
        self.system = system
        self.customization = customization
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.system = try object.optionalValue(XmlHookType.self, forKey: "System")
        self.customization = try object.optionalValue(XmlHookType.self, forKey: "Customization")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.system, forKey: "System")
        try object.encodeValue(self.customization, forKey: "Customization")
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
    public static func fieldsAreEqual(_ lhs: XmlHookType, _ rhs: XmlHookType) -> Bool {
        guard ZStackFieldwise.same(lhs.system, rhs.system) else { return false }
        return ZStackFieldwise.same(lhs.customization, rhs.customization)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.system)
        hasher.combine(self.customization)
    }
}
