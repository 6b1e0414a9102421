public import Foundation

/// `LoadBalancerServerGroupInventory`, as the API describes it.
public nonisolated struct LoadBalancerServerGroupInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// 资源名称
    public let name: String?

    /// 资源的详细描述
    public let description: String?

    /// 负载均衡器UUID
    public let loadBalancerUuid: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// The `listenerServerGroupRefs` field.
    public let listenerServerGroupRefs: [LoadBalancerListenerServerGroupRefInventory]?

    /// The `serverIps` field.
    public let serverIps: [LoadBalancerServerGroupServerIpInventory]?

    /// The `vmNicRefs` field.
    public let vmNicRefs: [LoadBalancerServerGroupVmNicRefInventory]?

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

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.uuid = try object.optionalValue(String.self, forKey: "uuid")
        self.name = try object.optionalValue(String.self, forKey: "name")
        self.description = try object.optionalValue(String.self, forKey: "description")
        self.loadBalancerUuid = try object.optionalValue(String.self, forKey: "loadBalancerUuid")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
        self.listenerServerGroupRefs = try object.optionalValue(
            [LoadBalancerListenerServerGroupRefInventory].self,
            forKey: "listenerServerGroupRefs"
        )
        self.serverIps = try object.optionalValue([LoadBalancerServerGroupServerIpInventory].self, forKey: "serverIps")
        self.vmNicRefs = try object.optionalValue([LoadBalancerServerGroupVmNicRefInventory].self, forKey: "vmNicRefs")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.uuid, forKey: "uuid")
        try object.encodeValue(self.name, forKey: "name")
        try object.encodeValue(self.description, forKey: "description")
        try object.encodeValue(self.loadBalancerUuid, forKey: "loadBalancerUuid")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
        try object.encodeValue(self.listenerServerGroupRefs, forKey: "listenerServerGroupRefs")
        try object.encodeValue(self.serverIps, forKey: "serverIps")
        try object.encodeValue(self.vmNicRefs, forKey: "vmNicRefs")
    }
}

nonisolated extension LoadBalancerServerGroupInventory {
    /// The fields of ``LoadBalancerServerGroupInventory`` that the typed conditions of a query compare, each with the type of its values,
    /// such as `$0.uuid == value` in the conditions closure of a query that returns it.
    public enum QueryFields {
        /// 资源的UUID，唯一标示该资源
        public static var uuid: ZStackQueryField<LoadBalancerServerGroupInventory, String> {
            ZStackQueryField("uuid")
        }

        /// 资源名称
        public static var name: ZStackQueryField<LoadBalancerServerGroupInventory, String> {
            ZStackQueryField("name")
        }

        /// 资源的详细描述
        public static var description: ZStackQueryField<LoadBalancerServerGroupInventory, String> {
            ZStackQueryField("description")
        }

        /// 负载均衡器UUID
        public static var loadBalancerUuid: ZStackQueryField<LoadBalancerServerGroupInventory, String> {
            ZStackQueryField("loadBalancerUuid")
        }
    }
}
