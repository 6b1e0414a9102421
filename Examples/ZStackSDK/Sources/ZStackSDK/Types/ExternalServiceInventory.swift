/// External Service的数据结构
public nonisolated struct ExternalServiceInventory: Codable, Sendable, Hashable {
    /// 资源名称
    public var name: String?

    /// 服务状态
    public var status: String?

    /// External Service的功能描述
    public var capabilities: ExternalServiceCapabilities?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - name: 资源名称
    ///   - status: 服务状态
    ///   - capabilities: External Service的功能描述
    public init(name: String? = nil, status: String? = nil, capabilities: ExternalServiceCapabilities? = nil) {
        self.name = name
        self.status = status
        self.capabilities = capabilities
    }

    private enum CodingKeys: String, CodingKey {
        case name = "name"
        case status = "status"
        case capabilities = "capabilities"
    }
}
