/// The reply of the endpoints whose fields differ only in the type that `results` holds: each names it with its own
/// type in its `Response`, such as `ResultsReply<BatchDeleteVolumeSnapshotStruct>`.
///
/// A field's text here is the one those endpoints share; each endpoint's `Response` gives its own where it differs.
public nonisolated final class ResultsReply<ResultType: Codable & Sendable & Equatable>: Codable, Sendable, Equatable {
    /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
    public let error: ErrorCode?

    /// The `results` field.
    public let results: [ResultType]?

    /// The `success` field.
    public let success: Bool?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
    ///   - results: The `results` field.
    ///   - success: The `success` field.
    public init(error: ErrorCode? = nil, results: [ResultType]? = nil, success: Bool? = nil) {
        self.error = error
        self.results = results
        self.success = success
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
        self.results = try object.optionalValue([ResultType].self, forKey: "results")
        self.success = try object.optionalValue(Bool.self, forKey: "success")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.error, forKey: "error")
        try object.encodeValue(self.results, forKey: "results")
        try object.encodeValue(self.success, forKey: "success")
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
    public static func fieldsAreEqual(_ lhs: ResultsReply, _ rhs: ResultsReply) -> Bool {
        guard ZStackFieldwise.same(lhs.error, rhs.error) else { return false }
        guard ZStackFieldwise.same(lhs.results, rhs.results) else { return false }
        return ZStackFieldwise.same(lhs.success, rhs.success)
    }
}
