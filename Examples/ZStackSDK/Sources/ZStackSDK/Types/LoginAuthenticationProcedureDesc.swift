/// `LoginAuthenticationProcedureDesc`, as the API describes it.
public nonisolated final class LoginAuthenticationProcedureDesc: Codable, Sendable, Hashable {
    /// The `order` field.
    public let order: Int?

    /// 资源名称
    public let name: String?

    /// The `properties` field.
    public let properties: [String: String]?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - order: The `order` field.
    ///   - name: 资源名称
    ///   - properties: The `properties` field.
    public init(order: Int? = nil, name: String? = nil, properties: [String: String]? = nil) {
        self.order = order
        self.name = name
        self.properties = properties
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.order = try object.optionalValue(Int.self, forKey: "order")
        self.name = try object.optionalValue(String.self, forKey: "name")
        self.properties = try object.optionalValue([String: String].self, forKey: "properties")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.order, forKey: "order")
        try object.encodeValue(self.name, forKey: "name")
        try object.encodeValue(self.properties, forKey: "properties")
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
    public static func fieldsAreEqual(
        _ lhs: LoginAuthenticationProcedureDesc,
        _ rhs: LoginAuthenticationProcedureDesc
    ) -> Bool {
        guard ZStackFieldwise.same(lhs.order, rhs.order) else { return false }
        guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
        return ZStackFieldwise.same(lhs.properties, rhs.properties)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.order)
        hasher.combine(self.name)
        hasher.combine(self.properties)
    }
}
