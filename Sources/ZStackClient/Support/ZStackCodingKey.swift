/// A key of a JSON object, spelled as on the wire: the one coding key type of every generated model and request
/// body.
///
/// The models write their `Codable` conformances out against it instead of each declaring a `CodingKeys` enum: a
/// synthesized key enum costs the compiler about eighteen functions per type (its `CodingKey`, `RawRepresentable`,
/// `Hashable` and `Equatable` witnesses, metadata and value witnesses), a fifth of a large client's build.
nonisolated struct ZStackCodingKey: CodingKey, ExpressibleByStringLiteral, Sendable {
    /// The key's name on the wire.
    let stringValue: String

    /// Always `nil`: JSON objects have string keys only.
    var intValue: Int? { nil }

    /// Creates the key with this name on the wire.
    ///
    /// - Parameter stringValue: The name on the wire.
    init(stringValue: String) {
        self.stringValue = stringValue
    }

    /// Creates the key spelled by a string literal: `forKey: "vmInstanceUuid"`.
    ///
    /// - Parameter value: The name on the wire.
    init(stringLiteral value: String) {
        self.stringValue = value
    }

    /// Fails: the keys of JSON objects are never integers.
    init?(intValue: Int) {
        nil
    }
}

// The models and request bodies read and write their fields through these three methods rather than through
// `decode`, `decodeIfPresent` and `encodeIfPresent`, which have an overload per primitive type: choosing among
// those costs the type checker about four times as much per field, seconds over a whole API.

nonisolated extension KeyedDecodingContainer where Key == ZStackCodingKey {
    /// The value of a field that must be present.
    ///
    /// - Parameters:
    ///   - type: The field's type.
    ///   - key: The field's name on the wire.
    /// - Returns: The decoded value.
    /// - Throws: `DecodingError` if the field is missing, `null` or of another type.
    func requiredValue<Value: Decodable>(_ type: Value.Type, forKey key: ZStackCodingKey) throws -> Value {
        // The container's own method for a primitive type: through the generic one, Foundation's JSONDecoder sets up a
        // decoder per field (a large reply decoded 10 to 20 % slower). An optimized build folds these checks away.
        if Value.self == String.self, let value = try decode(String.self, forKey: key) as? Value { return value }
        if Value.self == Int.self, let value = try decode(Int.self, forKey: key) as? Value { return value }
        if Value.self == Int64.self, let value = try decode(Int64.self, forKey: key) as? Value { return value }
        if Value.self == Bool.self, let value = try decode(Bool.self, forKey: key) as? Value { return value }
        if Value.self == Double.self, let value = try decode(Double.self, forKey: key) as? Value { return value }
        if Value.self == Float.self, let value = try decode(Float.self, forKey: key) as? Value { return value }
        return try decode(type, forKey: key)
    }

    /// The value of a field that may be missing or `null`.
    ///
    /// - Parameters:
    ///   - type: The field's type.
    ///   - key: The field's name on the wire.
    /// - Returns: The decoded value, or `nil` if the field is missing or `null`.
    /// - Throws: `DecodingError` if the field is of another type.
    func optionalValue<Value: Decodable>(_ type: Value.Type, forKey key: ZStackCodingKey) throws -> Value? {
        // As in `requiredValue(_:forKey:)`: the container's own method for a primitive type.
        if Value.self == String.self { return try decodeIfPresent(String.self, forKey: key) as? Value }
        if Value.self == Int.self { return try decodeIfPresent(Int.self, forKey: key) as? Value }
        if Value.self == Int64.self { return try decodeIfPresent(Int64.self, forKey: key) as? Value }
        if Value.self == Bool.self { return try decodeIfPresent(Bool.self, forKey: key) as? Value }
        if Value.self == Double.self { return try decodeIfPresent(Double.self, forKey: key) as? Value }
        if Value.self == Float.self { return try decodeIfPresent(Float.self, forKey: key) as? Value }
        return try decodeIfPresent(type, forKey: key)
    }
}

nonisolated extension KeyedEncodingContainer where Key == ZStackCodingKey {
    /// Encodes a field, or leaves it out when the value is `nil`.
    ///
    /// - Parameters:
    ///   - value: The field's value.
    ///   - key: The field's name on the wire.
    /// - Throws: The encoder's error.
    mutating func encodeValue<Value: Encodable>(_ value: Value?, forKey key: ZStackCodingKey) throws {
        // The container's own method for a primitive type: through the generic one, Foundation's JSONEncoder sets up an
        // encoder per field (a large record encoded twice as slowly). An optimized build folds these checks away.
        if Value.self == String.self { return try encodeIfPresent(value as? String, forKey: key) }
        if Value.self == Int.self { return try encodeIfPresent(value as? Int, forKey: key) }
        if Value.self == Int64.self { return try encodeIfPresent(value as? Int64, forKey: key) }
        if Value.self == Bool.self { return try encodeIfPresent(value as? Bool, forKey: key) }
        if Value.self == Double.self { return try encodeIfPresent(value as? Double, forKey: key) }
        if Value.self == Float.self { return try encodeIfPresent(value as? Float, forKey: key) }
        try encodeIfPresent(value, forKey: key)
    }
}
