/// External Service的数据结构
public nonisolated final class ExternalServiceInventory: Codable, Sendable, Hashable {
    /// 资源名称
    public let name: String?

    /// 服务状态
    public let status: String?

    /// External Service的功能描述
    public let capabilities: ExternalServiceCapabilities?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - name: 资源名称
    ///   - status: 服务状态
    ///   - capabilities: External Service的功能描述
    public init(name: String? = nil, status: String? = nil, capabilities: ExternalServiceCapabilities? = nil) {
        self.name = name
        self.status = status
        self.capabilities = capabilities
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.name = try object.optionalValue(String.self, forKey: "name")
        self.status = try object.optionalValue(String.self, forKey: "status")
        self.capabilities = try object.optionalValue(ExternalServiceCapabilities.self, forKey: "capabilities")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.name, forKey: "name")
        try object.encodeValue(self.status, forKey: "status")
        try object.encodeValue(self.capabilities, forKey: "capabilities")
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
    public static func fieldsAreEqual(_ lhs: ExternalServiceInventory, _ rhs: ExternalServiceInventory) -> Bool {
        guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
        guard ZStackFieldwise.same(lhs.status, rhs.status) else { return false }
        return ZStackFieldwise.same(lhs.capabilities, rhs.capabilities)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.name)
        hasher.combine(self.status)
        hasher.combine(self.capabilities)
    }
}
