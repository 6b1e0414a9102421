public import Foundation

/// 负载均衡监听器的内容清单
public nonisolated struct LoadBalancerListenerInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// 资源名称
    public var name: String?

    /// 资源的详细描述
    public var description: String?

    /// 负载均衡器UUID
    public var loadBalancerUuid: String?

    /// The `instancePort` field.
    public var instancePort: Int?

    /// The `loadBalancerPort` field.
    public var loadBalancerPort: Int?

    /// The `protocol` field.
    public var `protocol`: String?

    /// The `serverGroupUuid` field.
    public var serverGroupUuid: String?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// The `vmNicRefs` field.
    public var vmNicRefs: [LoadBalancerListenerVmNicRefInventory]?

    /// 访问控制策略组
    public var aclRefs: [LoadBalancerListenerACLRefInventory]?

    /// The `certificateRefs` field.
    public var certificateRefs: [LoadBalancerListenerCertificateRefInventory]?

    /// The `serverGroupRefs` field.
    public var serverGroupRefs: [LoadBalancerListenerServerGroupRefInventory]?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - loadBalancerUuid: 负载均衡器UUID
    ///   - instancePort: The `instancePort` field.
    ///   - loadBalancerPort: The `loadBalancerPort` field.
    ///   - protocol: The `protocol` field.
    ///   - serverGroupUuid: The `serverGroupUuid` field.
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - vmNicRefs: The `vmNicRefs` field.
    ///   - aclRefs: 访问控制策略组
    ///   - certificateRefs: The `certificateRefs` field.
    ///   - serverGroupRefs: The `serverGroupRefs` field.
    public init(
        uuid: String? = nil,
        name: String? = nil,
        description: String? = nil,
        loadBalancerUuid: String? = nil,
        instancePort: Int? = nil,
        loadBalancerPort: Int? = nil,
        protocol: String? = nil,
        serverGroupUuid: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        vmNicRefs: [LoadBalancerListenerVmNicRefInventory]? = nil,
        aclRefs: [LoadBalancerListenerACLRefInventory]? = nil,
        certificateRefs: [LoadBalancerListenerCertificateRefInventory]? = nil,
        serverGroupRefs: [LoadBalancerListenerServerGroupRefInventory]? = nil
    ) {
        self.uuid = uuid
        self.name = name
        self.description = description
        self.loadBalancerUuid = loadBalancerUuid
        self.instancePort = instancePort
        self.loadBalancerPort = loadBalancerPort
        self.protocol = `protocol`
        self.serverGroupUuid = serverGroupUuid
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.vmNicRefs = vmNicRefs
        self.aclRefs = aclRefs
        self.certificateRefs = certificateRefs
        self.serverGroupRefs = serverGroupRefs
    }

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case name = "name"
        case description = "description"
        case loadBalancerUuid = "loadBalancerUuid"
        case instancePort = "instancePort"
        case loadBalancerPort = "loadBalancerPort"
        case `protocol` = "protocol"
        case serverGroupUuid = "serverGroupUuid"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
        case vmNicRefs = "vmNicRefs"
        case aclRefs = "aclRefs"
        case certificateRefs = "certificateRefs"
        case serverGroupRefs = "serverGroupRefs"
    }
}
