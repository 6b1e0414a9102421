/// 控制台清单
public nonisolated struct ConsoleInventory: Codable, Sendable, Hashable {
    /// 访问协议类型
    public var scheme: String?

    /// 宿主机名称
    public var hostname: String?

    /// 端口
    public var port: Int?

    /// 口令
    public var token: String?

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

    private enum CodingKeys: String, CodingKey {
        case scheme = "scheme"
        case hostname = "hostname"
        case port = "port"
        case token = "token"
    }
}
