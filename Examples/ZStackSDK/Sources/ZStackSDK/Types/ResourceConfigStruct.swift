/// 资源级配置的数据结构
public nonisolated final class ResourceConfigStruct: Codable, Sendable, Hashable {
    /// The `value` field.
    public let value: String?

    /// The `effectiveConfigs` field.
    public let effectiveConfigs: [ResourceConfigInventory]?

    /// The `name` field.
    public let name: String?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - value: The `value` field.
    ///   - effectiveConfigs: The `effectiveConfigs` field.
    ///   - name: The `name` field.
    public init(value: String? = nil, effectiveConfigs: [ResourceConfigInventory]? = nil, name: String? = nil) {
        self.value = value
        self.effectiveConfigs = effectiveConfigs
        self.name = name
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.value = try object.optionalValue(String.self, forKey: "value")
        self.effectiveConfigs = try object.optionalValue([ResourceConfigInventory].self, forKey: "effectiveConfigs")
        self.name = try object.optionalValue(String.self, forKey: "name")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.value, forKey: "value")
        try object.encodeValue(self.effectiveConfigs, forKey: "effectiveConfigs")
        try object.encodeValue(self.name, forKey: "name")
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
    public static func fieldsAreEqual(_ lhs: ResourceConfigStruct, _ rhs: ResourceConfigStruct) -> Bool {
        guard ZStackFieldwise.same(lhs.value, rhs.value) else { return false }
        guard ZStackFieldwise.same(lhs.effectiveConfigs, rhs.effectiveConfigs) else { return false }
        return ZStackFieldwise.same(lhs.name, rhs.name)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.value)
        hasher.combine(self.effectiveConfigs)
        hasher.combine(self.name)
    }
}
