public import Foundation

/// 证书清单
public nonisolated struct CertificateInventory: Codable, Sendable, Hashable {
    /// 资源名称
    public var name: String?

    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// 证书内容
    public var certificate: String?

    /// 资源的详细描述
    public var description: String?

    /// 使用该证书的负载均衡监听器列表
    public var listeners: [LoadBalancerListenerCertificateRefInventory]?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - name: 资源名称
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - certificate: 证书内容
    ///   - description: 资源的详细描述
    ///   - listeners: 使用该证书的负载均衡监听器列表
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        name: String? = nil,
        uuid: String? = nil,
        certificate: String? = nil,
        description: String? = nil,
        listeners: [LoadBalancerListenerCertificateRefInventory]? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.name = name
        self.uuid = uuid
        self.certificate = certificate
        self.description = description
        self.listeners = listeners
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    private enum CodingKeys: String, CodingKey {
        case name = "name"
        case uuid = "uuid"
        case certificate = "certificate"
        case description = "description"
        case listeners = "listeners"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
    }
}
