/// vdi端口号信息
public nonisolated final class VdiPortInfo: Codable, Sendable, Hashable {
    /// vnc端口号
    public let vncPort: Int?

    /// spice端口号
    public let spicePort: Int?

    /// spice开启Tls加密，会存在spiceTlsPort和spicePort两个端口号，通过spice客户端连接云主机需要使用spiceTlsPort端口号
    public let spiceTlsPort: Int?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - vncPort: vnc端口号
    ///   - spicePort: spice端口号
    ///   - spiceTlsPort: spice开启Tls加密，会存在spiceTlsPort和spicePort两个端口号，通过spice客户端连接云主机需要使用spiceTlsPort端口号
    public init(vncPort: Int? = nil, spicePort: Int? = nil, spiceTlsPort: Int? = nil) {
        self.vncPort = vncPort
        self.spicePort = spicePort
        self.spiceTlsPort = spiceTlsPort
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.vncPort = try object.optionalValue(Int.self, forKey: "vncPort")
        self.spicePort = try object.optionalValue(Int.self, forKey: "spicePort")
        self.spiceTlsPort = try object.optionalValue(Int.self, forKey: "spiceTlsPort")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.vncPort, forKey: "vncPort")
        try object.encodeValue(self.spicePort, forKey: "spicePort")
        try object.encodeValue(self.spiceTlsPort, forKey: "spiceTlsPort")
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
    public static func fieldsAreEqual(_ lhs: VdiPortInfo, _ rhs: VdiPortInfo) -> Bool {
        guard ZStackFieldwise.same(lhs.vncPort, rhs.vncPort) else { return false }
        guard ZStackFieldwise.same(lhs.spicePort, rhs.spicePort) else { return false }
        return ZStackFieldwise.same(lhs.spiceTlsPort, rhs.spiceTlsPort)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.vncPort)
        hasher.combine(self.spicePort)
        hasher.combine(self.spiceTlsPort)
    }
}
