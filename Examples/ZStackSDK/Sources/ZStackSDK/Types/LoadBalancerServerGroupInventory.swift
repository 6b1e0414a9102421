public import Foundation

/// `LoadBalancerServerGroupInventory`, as the API describes it.
public nonisolated final class LoadBalancerServerGroupInventory: Codable, Sendable, Hashable {
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

    /// Whether two values are equal (`==`): all their fields are.
    ///
    /// `Equatable`'s `==` under a name of its own, so that it does not join the overloads that every `==` in this
    /// module and in its importers is checked against.
    ///
    /// - Parameters:
    ///   - lhs: A value.
    ///   - rhs: Another value.
    /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
    @_implements(Equatable,==(_:_:))
    public static func fieldsAreEqual(
        _ lhs: LoadBalancerServerGroupInventory,
        _ rhs: LoadBalancerServerGroupInventory
    ) -> Bool {
        guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
        guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
        guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
        guard ZStackFieldwise.same(lhs.loadBalancerUuid, rhs.loadBalancerUuid) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        guard ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate) else { return false }
        guard ZStackFieldwise.same(lhs.listenerServerGroupRefs, rhs.listenerServerGroupRefs) else { return false }
        guard ZStackFieldwise.same(lhs.serverIps, rhs.serverIps) else { return false }
        return ZStackFieldwise.same(lhs.vmNicRefs, rhs.vmNicRefs)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.uuid)
        hasher.combine(self.name)
        hasher.combine(self.description)
        hasher.combine(self.loadBalancerUuid)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
        hasher.combine(self.listenerServerGroupRefs)
        hasher.combine(self.serverIps)
        hasher.combine(self.vmNicRefs)
    }
}

nonisolated extension LoadBalancerServerGroupInventory {
    /// The fields of ``LoadBalancerServerGroupInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.uuid == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``LoadBalancerServerGroupInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.uuid`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``LoadBalancerServerGroupInventory`` for its own conditions.
        public init() where Root == LoadBalancerServerGroupInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``LoadBalancerServerGroupInventory`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: ZStackQueryPath) {
            self.pathFromRoot = path
        }

        /// 资源的UUID，唯一标示该资源
        public var uuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "uuid")
        }

        /// 资源名称
        public var name: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "name")
        }

        /// 资源的详细描述
        public var description: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "description")
        }

        /// 负载均衡器UUID
        public var loadBalancerUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "loadBalancerUuid")
        }

        /// 创建时间
        public var createDate: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "createDate")
        }

        /// 最后一次修改时间
        public var lastOpDate: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "lastOpDate")
        }

        /// The `listenerServerGroupRefs` field. Its fields are compared as `listenerServerGroupRefs.<field>`: an item
        /// matches when one of its `listenerServerGroupRefs` does.
        public var listenerServerGroupRefs: LoadBalancerListenerServerGroupRefInventory.QueryFields<Root> {
            LoadBalancerListenerServerGroupRefInventory.QueryFields(path: pathFromRoot.appending("listenerServerGroupRefs"))
        }

        /// The `serverIps` field. Its fields are compared as `serverIps.<field>`: an item matches when one of its
        /// `serverIps` does.
        public var serverIps: LoadBalancerServerGroupServerIpInventory.QueryFields<Root> {
            LoadBalancerServerGroupServerIpInventory.QueryFields(path: pathFromRoot.appending("serverIps"))
        }

        /// The `vmNicRefs` field. Its fields are compared as `vmNicRefs.<field>`: an item matches when one of its
        /// `vmNicRefs` does.
        public var vmNicRefs: LoadBalancerServerGroupVmNicRefInventory.QueryFields<Root> {
            LoadBalancerServerGroupVmNicRefInventory.QueryFields(path: pathFromRoot.appending("vmNicRefs"))
        }
    }
}
