/// vdi端口号信息
public nonisolated struct VdiPortInfo: Codable, Sendable, Hashable {
    /// vnc端口号
    public var vncPort: Int?

    /// spice端口号
    public var spicePort: Int?

    /// spice开启Tls加密，会存在spiceTlsPort和spicePort两个端口号，通过spice客户端连接云主机需要使用spiceTlsPort端口号
    public var spiceTlsPort: Int?

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

    private enum CodingKeys: String, CodingKey {
        case vncPort = "vncPort"
        case spicePort = "spicePort"
        case spiceTlsPort = "spiceTlsPort"
    }
}
