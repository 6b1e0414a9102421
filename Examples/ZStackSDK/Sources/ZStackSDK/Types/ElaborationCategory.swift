/// 错误码目录
public nonisolated struct ElaborationCategory: Codable, Sendable, Hashable {
    /// 目录名称
    public let category: String?

    /// 目录下的错误码数目
    public let num: Int?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - category: 目录名称
    ///   - num: 目录下的错误码数目
    public init(category: String? = nil, num: Int? = nil) {
        self.category = category
        self.num = num
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.category = try object.optionalValue(String.self, forKey: "category")
        self.num = try object.optionalValue(Int.self, forKey: "num")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.category, forKey: "category")
        try object.encodeValue(self.num, forKey: "num")
    }
}
