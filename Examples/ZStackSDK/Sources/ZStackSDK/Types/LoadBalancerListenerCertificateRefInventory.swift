public import Foundation

/// 负载均衡监听器证书关系清单
public nonisolated struct LoadBalancerListenerCertificateRefInventory: Codable, Sendable, Hashable {
    /// The `id` field.
    public var id: Int64?

    /// The `listenerUuid` field.
    public var listenerUuid: String?

    /// The `certificateUuid` field.
    public var certificateUuid: String?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - id: The `id` field.
    ///   - listenerUuid: The `listenerUuid` field.
    ///   - certificateUuid: The `certificateUuid` field.
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        id: Int64? = nil,
        listenerUuid: String? = nil,
        certificateUuid: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.id = id
        self.listenerUuid = listenerUuid
        self.certificateUuid = certificateUuid
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    private enum CodingKeys: String, CodingKey {
        case id = "id"
        case listenerUuid = "listenerUuid"
        case certificateUuid = "certificateUuid"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
    }
}
