public import Foundation

/// `LoadBalancerServerGroupInventory`, as the API describes it.
public nonisolated struct LoadBalancerServerGroupInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// 资源名称
    public var name: String?

    /// 资源的详细描述
    public var description: String?

    /// 负载均衡器UUID
    public var loadBalancerUuid: String?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// The `listenerServerGroupRefs` field.
    public var listenerServerGroupRefs: [LoadBalancerListenerServerGroupRefInventory]?

    /// The `serverIps` field.
    public var serverIps: [LoadBalancerServerGroupServerIpInventory]?

    /// The `vmNicRefs` field.
    public var vmNicRefs: [LoadBalancerServerGroupVmNicRefInventory]?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - loadBalancerUuid: 负载均衡器UUID
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - listenerServerGroupRefs: The `listenerServerGroupRefs` field.
    ///   - serverIps: The `serverIps` field.
    ///   - vmNicRefs: The `vmNicRefs` field.
    public init(
        uuid: String? = nil,
        name: String? = nil,
        description: String? = nil,
        loadBalancerUuid: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        listenerServerGroupRefs: [LoadBalancerListenerServerGroupRefInventory]? = nil,
        serverIps: [LoadBalancerServerGroupServerIpInventory]? = nil,
        vmNicRefs: [LoadBalancerServerGroupVmNicRefInventory]? = nil
    ) {
        self.uuid = uuid
        self.name = name
        self.description = description
        self.loadBalancerUuid = loadBalancerUuid
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.listenerServerGroupRefs = listenerServerGroupRefs
        self.serverIps = serverIps
        self.vmNicRefs = vmNicRefs
    }

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case name = "name"
        case description = "description"
        case loadBalancerUuid = "loadBalancerUuid"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
        case listenerServerGroupRefs = "listenerServerGroupRefs"
        case serverIps = "serverIps"
        case vmNicRefs = "vmNicRefs"
    }
}
