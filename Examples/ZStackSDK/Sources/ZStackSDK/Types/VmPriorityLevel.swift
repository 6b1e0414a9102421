/// 云主机优先级枚举
public nonisolated final class VmPriorityLevel: Codable, Sendable, Hashable {
    /// The `Normal` field.
    public let normal: VmPriorityLevel?

    /// The `High` field.
    public let high: VmPriorityLevel?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - normal: The `Normal` field.
    ///   - high: The `High` field.
    public init(normal: VmPriorityLevel? = nil, high: VmPriorityLevel? = nil) {
        self.normal = normal
        self.high = high
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.normal = try object.optionalValue(VmPriorityLevel.self, forKey: "Normal")
        self.high = try object.optionalValue(VmPriorityLevel.self, forKey: "High")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.normal, forKey: "Normal")
        try object.encodeValue(self.high, forKey: "High")
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
    public static func fieldsAreEqual(_ lhs: VmPriorityLevel, _ rhs: VmPriorityLevel) -> Bool {
        guard ZStackFieldwise.same(lhs.normal, rhs.normal) else { return false }
        return ZStackFieldwise.same(lhs.high, rhs.high)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.normal)
        hasher.combine(self.high)
    }
}
