/// 错误码内容
public nonisolated final class ElaborationContent: Codable, Sendable, Hashable {
    /// 错误码所属目录
    public let category: String?

    /// 错误码代号
    public let code: String?

    /// 错误码匹配关键字
    public let regex: String?

    /// 错误码内容中文
    public let messageCn: String?

    /// 错误码内容英文
    public let messageEn: String?

    /// 错误来源
    public let source: String?

    /// 匹配方法，distance(字符串比较)或regex(正则)
    public let method: String?

    /// 若使用distance匹配，此处为精确度(1为最精确)
    public let distance: Double?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - category: 错误码所属目录
    ///   - code: 错误码代号
    ///   - regex: 错误码匹配关键字
    ///   - messageCn: 错误码内容中文
    ///   - messageEn: 错误码内容英文
    ///   - source: 错误来源
    ///   - method: 匹配方法，distance(字符串比较)或regex(正则)
    ///   - distance: 若使用distance匹配，此处为精确度(1为最精确)
    public init(
        category: String? = nil,
        code: String? = nil,
        regex: String? = nil,
        messageCn: String? = nil,
        messageEn: String? = nil,
        source: String? = nil,
        method: String? = nil,
        distance: Double? = nil
    ) {
        self.category = category
        self.code = code
        self.regex = regex
        self.messageCn = messageCn
        self.messageEn = messageEn
        self.source = source
        self.method = method
        self.distance = distance
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.category = try object.optionalValue(String.self, forKey: "category")
        self.code = try object.optionalValue(String.self, forKey: "code")
        self.regex = try object.optionalValue(String.self, forKey: "regex")
        self.messageCn = try object.optionalValue(String.self, forKey: "message_cn")
        self.messageEn = try object.optionalValue(String.self, forKey: "message_en")
        self.source = try object.optionalValue(String.self, forKey: "source")
        self.method = try object.optionalValue(String.self, forKey: "method")
        self.distance = try object.optionalValue(Double.self, forKey: "distance")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.category, forKey: "category")
        try object.encodeValue(self.code, forKey: "code")
        try object.encodeValue(self.regex, forKey: "regex")
        try object.encodeValue(self.messageCn, forKey: "message_cn")
        try object.encodeValue(self.messageEn, forKey: "message_en")
        try object.encodeValue(self.source, forKey: "source")
        try object.encodeValue(self.method, forKey: "method")
        try object.encodeValue(self.distance, forKey: "distance")
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
    public static func fieldsAreEqual(_ lhs: ElaborationContent, _ rhs: ElaborationContent) -> Bool {
        guard ZStackFieldwise.same(lhs.category, rhs.category) else { return false }
        guard ZStackFieldwise.same(lhs.code, rhs.code) else { return false }
        guard ZStackFieldwise.same(lhs.regex, rhs.regex) else { return false }
        guard ZStackFieldwise.same(lhs.messageCn, rhs.messageCn) else { return false }
        guard ZStackFieldwise.same(lhs.messageEn, rhs.messageEn) else { return false }
        guard ZStackFieldwise.same(lhs.source, rhs.source) else { return false }
        guard ZStackFieldwise.same(lhs.method, rhs.method) else { return false }
        return ZStackFieldwise.same(lhs.distance, rhs.distance)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.category)
        hasher.combine(self.code)
        hasher.combine(self.regex)
        hasher.combine(self.messageCn)
        hasher.combine(self.messageEn)
        hasher.combine(self.source)
        hasher.combine(self.method)
        hasher.combine(self.distance)
    }
}
