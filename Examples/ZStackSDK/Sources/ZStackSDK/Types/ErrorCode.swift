/// 错误
public nonisolated final class ErrorCode: Codable, Sendable, Hashable {
    /// 错误码号，错误的全局唯一标识，例如SYS.1000, HOST.1001
    public let code: String?

    /// 错误的概要描述
    public let description: String?

    /// 错误的详细信息
    public let details: String?

    /// 保留字段，默认为null
    public let elaboration: String?

    /// 根错误，引发当前错误的源错误，若无原错误，该字段为null
    public let cause: ErrorCode?

    /// 保留字段，默认为null
    public let opaque: ZStackJSONValue?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - code: 错误码号，错误的全局唯一标识，例如SYS.1000, HOST.1001
    ///   - description: 错误的概要描述
    ///   - details: 错误的详细信息
    ///   - elaboration: 保留字段，默认为null
    ///   - cause: 根错误，引发当前错误的源错误，若无原错误，该字段为null
    ///   - opaque: 保留字段，默认为null
    public init(
        code: String? = nil,
        description: String? = nil,
        details: String? = nil,
        elaboration: String? = nil,
        cause: ErrorCode? = nil,
        opaque: ZStackJSONValue? = nil
    ) {
        self.code = code
        self.description = description
        self.details = details
        self.elaboration = elaboration
        self.cause = cause
        self.opaque = opaque
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
        self.cause = try object.optionalValue(ErrorCode.self, forKey: "cause")
        self.opaque = try object.optionalValue(ZStackJSONValue.self, forKey: "opaque")
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
        try object.encodeValue(self.cause, forKey: "cause")
        try object.encodeValue(self.opaque, forKey: "opaque")
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
        guard ZStackFieldwise.same(lhs.cause, rhs.cause) else { return false }
        return ZStackFieldwise.same(lhs.opaque, rhs.opaque)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.code)
        hasher.combine(self.description)
        hasher.combine(self.details)
        hasher.combine(self.elaboration)
        hasher.combine(self.cause)
        hasher.combine(self.opaque)
    }
}
