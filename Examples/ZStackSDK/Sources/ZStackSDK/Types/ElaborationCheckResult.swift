/// 错误码文件检查结果
public nonisolated final class ElaborationCheckResult: Codable, Sendable, Hashable {
    /// 不合格的文件名
    public let fileName: String?

    /// 不合格的内容
    public let content: String?

    /// 不合格原因
    public let reason: String?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - fileName: 不合格的文件名
    ///   - content: 不合格的内容
    ///   - reason: 不合格原因
    public init(fileName: String? = nil, content: String? = nil, reason: String? = nil) {
        self.fileName = fileName
        self.content = content
        self.reason = reason
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.fileName = try object.optionalValue(String.self, forKey: "fileName")
        self.content = try object.optionalValue(String.self, forKey: "content")
        self.reason = try object.optionalValue(String.self, forKey: "reason")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.fileName, forKey: "fileName")
        try object.encodeValue(self.content, forKey: "content")
        try object.encodeValue(self.reason, forKey: "reason")
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
    public static func fieldsAreEqual(_ lhs: ElaborationCheckResult, _ rhs: ElaborationCheckResult) -> Bool {
        guard ZStackFieldwise.same(lhs.fileName, rhs.fileName) else { return false }
        guard ZStackFieldwise.same(lhs.content, rhs.content) else { return false }
        return ZStackFieldwise.same(lhs.reason, rhs.reason)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.fileName)
        hasher.combine(self.content)
        hasher.combine(self.reason)
    }
}
