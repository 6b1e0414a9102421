/// Error code
public nonisolated final class ErrorCode: Codable, Sendable, Hashable {
    /// Error code
    public let code: String?

    /// Brief description
    public let description: String?

    /// Details
    public let details: String?

    /// Reserved
    public let opaque: MatrixJSONValue?

    /// Root cause
    public let cause: ErrorCode?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - code: Error code
    ///   - description: Brief description
    ///   - details: Details
    ///   - opaque: Reserved
    ///   - cause: Root cause
    public init(
        code: String? = nil,
        description: String? = nil,
        details: String? = nil,
        opaque: MatrixJSONValue? = nil,
        cause: ErrorCode? = nil
    ) {
        self.code = code
        self.description = description
        self.details = details
        self.opaque = opaque
        self.cause = cause
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: MatrixCodingKey.self)
        self.code = try object.optionalValue(String.self, forKey: "code")
        self.description = try object.optionalValue(String.self, forKey: "description")
        self.details = try object.optionalValue(String.self, forKey: "details")
        self.opaque = try object.optionalValue(MatrixJSONValue.self, forKey: "opaque")
        self.cause = try object.optionalValue(ErrorCode.self, forKey: "cause")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: MatrixCodingKey.self)
        try object.encodeValue(self.code, forKey: "code")
        try object.encodeValue(self.description, forKey: "description")
        try object.encodeValue(self.details, forKey: "details")
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
        guard MatrixFieldwise.same(lhs.code, rhs.code) else { return false }
        guard MatrixFieldwise.same(lhs.description, rhs.description) else { return false }
        guard MatrixFieldwise.same(lhs.details, rhs.details) else { return false }
        guard MatrixFieldwise.same(lhs.opaque, rhs.opaque) else { return false }
        return MatrixFieldwise.same(lhs.cause, rhs.cause)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.code)
        hasher.combine(self.description)
        hasher.combine(self.details)
        hasher.combine(self.opaque)
        hasher.combine(self.cause)
    }
}
