/// Error code
public nonisolated final class ErrorCode: Codable, Sendable, Hashable {
    /// Error code number, a globally unique identifier of the error, for example SYS.1000, HOST.1001
    public let code: String?

    /// Brief description of the error
    public let description: String?

    /// Detailed error information
    public let details: String?

    /// Reserved field, defaults to null
    public let elaboration: String?

    /// Reserved field, defaults to null
    public let opaque: ZStackJSONValue?

    /// Root cause. The error that triggered the current error. If there is no original error, this field is null
    public let cause: ErrorCode?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - code: Error code number, a globally unique identifier of the error, for example SYS.1000, HOST.1001
    ///   - description: Brief description of the error
    ///   - details: Detailed error information
    ///   - elaboration: Reserved field, defaults to null
    ///   - opaque: Reserved field, defaults to null
    ///   - cause: Root cause. The error that triggered the current error. If there is no original error, this field is
    ///     null
    public init(
        code: String? = nil,
        description: String? = nil,
        details: String? = nil,
        elaboration: String? = nil,
        opaque: ZStackJSONValue? = nil,
        cause: ErrorCode? = nil
    ) {
        self.code = code
        self.description = description
        self.details = details
        self.elaboration = elaboration
        self.opaque = opaque
        self.cause = cause
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.code = try object.optionalValue(String.self, forKey: "code")
        self.description = try object.optionalValue(String.self, forKey: "description")
        self.details = try object.optionalValue(String.self, forKey: "details")
        self.elaboration = try object.optionalValue(String.self, forKey: "elaboration")
        self.opaque = try object.optionalValue(ZStackJSONValue.self, forKey: "opaque")
        self.cause = try object.optionalValue(ErrorCode.self, forKey: "cause")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.code, forKey: "code")
        try object.encodeValue(self.description, forKey: "description")
        try object.encodeValue(self.details, forKey: "details")
        try object.encodeValue(self.elaboration, forKey: "elaboration")
        try object.encodeValue(self.opaque, forKey: "opaque")
        try object.encodeValue(self.cause, forKey: "cause")
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
    public static func fieldsAreEqual(_ lhs: ErrorCode, _ rhs: ErrorCode) -> Bool {
        guard ZStackFieldwise.same(lhs.code, rhs.code) else { return false }
        guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
        guard ZStackFieldwise.same(lhs.details, rhs.details) else { return false }
        guard ZStackFieldwise.same(lhs.elaboration, rhs.elaboration) else { return false }
        guard ZStackFieldwise.same(lhs.opaque, rhs.opaque) else { return false }
        return ZStackFieldwise.same(lhs.cause, rhs.cause)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.code)
        hasher.combine(self.description)
        hasher.combine(self.details)
        hasher.combine(self.elaboration)
        hasher.combine(self.opaque)
        hasher.combine(self.cause)
    }
}
