/// External Service的功能描述
public nonisolated struct ExternalServiceCapabilities: Codable, Sendable, Hashable {
    /// 支持重新加载配置
    public var reloadConfig: Bool?

    /// Creates a value.
    ///
    /// - Parameter reloadConfig: 支持重新加载配置
    public init(reloadConfig: Bool? = nil) {
        self.reloadConfig = reloadConfig
    }

    private enum CodingKeys: String, CodingKey {
        case reloadConfig = "reloadConfig"
    }
}
