/// 资源UUID、名称结构
public nonisolated struct ResourceInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// 资源名称
    public var resourceName: String?

    /// 资源类型，例如虚拟机为VmInstanceVO
    public var resourceType: String?

    /// 资源具体类型，例如VPC为org.zstack.header.vpc.VpcRouterVmVO
    public var concreteResourceType: String?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - resourceName: 资源名称
    ///   - resourceType: 资源类型，例如虚拟机为VmInstanceVO
    ///   - concreteResourceType: 资源具体类型，例如VPC为org.zstack.header.vpc.VpcRouterVmVO
    public init(
        uuid: String? = nil,
        resourceName: String? = nil,
        resourceType: String? = nil,
        concreteResourceType: String? = nil
    ) {
        self.uuid = uuid
        self.resourceName = resourceName
        self.resourceType = resourceType
        self.concreteResourceType = concreteResourceType
    }

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case resourceName = "resourceName"
        case resourceType = "resourceType"
        case concreteResourceType = "concreteResourceType"
    }
}
