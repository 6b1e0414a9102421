/// 控制台清单
public nonisolated final class ConsoleInventory: Codable, Sendable, Hashable {
    /// 访问协议类型
    public let scheme: String?

    /// 宿主机名称
    public let hostname: String?

    /// 端口
    public let port: Int?

    /// 口令
    public let token: String?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - scheme: 访问协议类型
    ///   - hostname: 宿主机名称
    ///   - port: 端口
    ///   - token: 口令
    public init(scheme: String? = nil, hostname: String? = nil, port: Int? = nil, token: String? = nil) {
        self.scheme = scheme
        self.hostname = hostname
        self.port = port
        self.token = token
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.scheme = try object.optionalValue(String.self, forKey: "scheme")
        self.hostname = try object.optionalValue(String.self, forKey: "hostname")
        self.port = try object.optionalValue(Int.self, forKey: "port")
        self.token = try object.optionalValue(String.self, forKey: "token")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.scheme, forKey: "scheme")
        try object.encodeValue(self.hostname, forKey: "hostname")
        try object.encodeValue(self.port, forKey: "port")
        try object.encodeValue(self.token, forKey: "token")
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
    public static func fieldsAreEqual(_ lhs: ConsoleInventory, _ rhs: ConsoleInventory) -> Bool {
        guard ZStackFieldwise.same(lhs.scheme, rhs.scheme) else { return false }
        guard ZStackFieldwise.same(lhs.hostname, rhs.hostname) else { return false }
        guard ZStackFieldwise.same(lhs.port, rhs.port) else { return false }
        return ZStackFieldwise.same(lhs.token, rhs.token)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.scheme)
        hasher.combine(self.hostname)
        hasher.combine(self.port)
        hasher.combine(self.token)
    }
}
