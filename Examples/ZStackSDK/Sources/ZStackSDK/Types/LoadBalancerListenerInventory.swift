public import Foundation

/// 负载均衡监听器的内容清单
public nonisolated final class LoadBalancerListenerInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// 资源名称
    public let name: String?

    /// 资源的详细描述
    public let description: String?

    /// 负载均衡器UUID
    public let loadBalancerUuid: String?

    /// The `instancePort` field.
    public let instancePort: Int?

    /// The `loadBalancerPort` field.
    public let loadBalancerPort: Int?

    /// The `protocol` field.
    public let `protocol`: String?

    /// The `serverGroupUuid` field.
    public let serverGroupUuid: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// The `vmNicRefs` field.
    public let vmNicRefs: [LoadBalancerListenerVmNicRefInventory]?

    /// 访问控制策略组
    public let aclRefs: [LoadBalancerListenerACLRefInventory]?

    /// The `certificateRefs` field.
    public let certificateRefs: [LoadBalancerListenerCertificateRefInventory]?

    /// The `serverGroupRefs` field.
    public let serverGroupRefs: [LoadBalancerListenerServerGroupRefInventory]?

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
        self.instancePort = try object.optionalValue(Int.self, forKey: "instancePort")
        self.loadBalancerPort = try object.optionalValue(Int.self, forKey: "loadBalancerPort")
        self.protocol = try object.optionalValue(String.self, forKey: "protocol")
        self.serverGroupUuid = try object.optionalValue(String.self, forKey: "serverGroupUuid")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
        self.vmNicRefs = try object.optionalValue([LoadBalancerListenerVmNicRefInventory].self, forKey: "vmNicRefs")
        self.aclRefs = try object.optionalValue([LoadBalancerListenerACLRefInventory].self, forKey: "aclRefs")
        self.certificateRefs = try object.optionalValue(
            [LoadBalancerListenerCertificateRefInventory].self,
            forKey: "certificateRefs"
        )
        self.serverGroupRefs = try object.optionalValue(
            [LoadBalancerListenerServerGroupRefInventory].self,
            forKey: "serverGroupRefs"
        )
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
        try object.encodeValue(self.instancePort, forKey: "instancePort")
        try object.encodeValue(self.loadBalancerPort, forKey: "loadBalancerPort")
        try object.encodeValue(self.protocol, forKey: "protocol")
        try object.encodeValue(self.serverGroupUuid, forKey: "serverGroupUuid")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
        try object.encodeValue(self.vmNicRefs, forKey: "vmNicRefs")
        try object.encodeValue(self.aclRefs, forKey: "aclRefs")
        try object.encodeValue(self.certificateRefs, forKey: "certificateRefs")
        try object.encodeValue(self.serverGroupRefs, forKey: "serverGroupRefs")
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
        _ lhs: LoadBalancerListenerInventory,
        _ rhs: LoadBalancerListenerInventory
    ) -> Bool {
        guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
        guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
        guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
        guard ZStackFieldwise.same(lhs.loadBalancerUuid, rhs.loadBalancerUuid) else { return false }
        guard ZStackFieldwise.same(lhs.instancePort, rhs.instancePort) else { return false }
        guard ZStackFieldwise.same(lhs.loadBalancerPort, rhs.loadBalancerPort) else { return false }
        guard ZStackFieldwise.same(lhs.protocol, rhs.protocol) else { return false }
        guard ZStackFieldwise.same(lhs.serverGroupUuid, rhs.serverGroupUuid) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        guard ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate) else { return false }
        guard ZStackFieldwise.same(lhs.vmNicRefs, rhs.vmNicRefs) else { return false }
        guard ZStackFieldwise.same(lhs.aclRefs, rhs.aclRefs) else { return false }
        guard ZStackFieldwise.same(lhs.certificateRefs, rhs.certificateRefs) else { return false }
        return ZStackFieldwise.same(lhs.serverGroupRefs, rhs.serverGroupRefs)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.uuid)
        hasher.combine(self.name)
        hasher.combine(self.description)
        hasher.combine(self.loadBalancerUuid)
        hasher.combine(self.instancePort)
        hasher.combine(self.loadBalancerPort)
        hasher.combine(self.protocol)
        hasher.combine(self.serverGroupUuid)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
        hasher.combine(self.vmNicRefs)
        hasher.combine(self.aclRefs)
        hasher.combine(self.certificateRefs)
        hasher.combine(self.serverGroupRefs)
    }
}

nonisolated extension LoadBalancerListenerInventory {
    /// The fields of ``LoadBalancerListenerInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.uuid == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``LoadBalancerListenerInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.uuid`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``LoadBalancerListenerInventory`` for its own conditions.
        public init() where Root == LoadBalancerListenerInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``LoadBalancerListenerInventory`` reached from `Root` through the fields that `path` names.
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

        /// The `instancePort` field.
        public var instancePort: ZStackQueryField<Root, Int> {
            ZStackQueryField(pathFromRoot, "instancePort")
        }

        /// The `loadBalancerPort` field.
        public var loadBalancerPort: ZStackQueryField<Root, Int> {
            ZStackQueryField(pathFromRoot, "loadBalancerPort")
        }

        /// The `protocol` field.
        public var `protocol`: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "protocol")
        }

        /// The `serverGroupUuid` field.
        public var serverGroupUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "serverGroupUuid")
        }

        /// 创建时间
        public var createDate: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "createDate")
        }

        /// 最后一次修改时间
        public var lastOpDate: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "lastOpDate")
        }

        /// The `vmNicRefs` field. Its fields are compared as `vmNicRefs.<field>`: an item matches when one of its
        /// `vmNicRefs` does.
        public var vmNicRefs: LoadBalancerListenerVmNicRefInventory.QueryFields<Root> {
            LoadBalancerListenerVmNicRefInventory.QueryFields(path: pathFromRoot.appending("vmNicRefs"))
        }

        /// 访问控制策略组. Its fields are compared as `aclRefs.<field>`: an item matches when one of its `aclRefs` does.
        public var aclRefs: LoadBalancerListenerACLRefInventory.QueryFields<Root> {
            LoadBalancerListenerACLRefInventory.QueryFields(path: pathFromRoot.appending("aclRefs"))
        }

        /// The `certificateRefs` field. Its fields are compared as `certificateRefs.<field>`: an item matches when one
        /// of its `certificateRefs` does.
        public var certificateRefs: LoadBalancerListenerCertificateRefInventory.QueryFields<Root> {
            LoadBalancerListenerCertificateRefInventory.QueryFields(path: pathFromRoot.appending("certificateRefs"))
        }

        /// The `serverGroupRefs` field. Its fields are compared as `serverGroupRefs.<field>`: an item matches when one
        /// of its `serverGroupRefs` does.
        public var serverGroupRefs: LoadBalancerListenerServerGroupRefInventory.QueryFields<Root> {
            LoadBalancerListenerServerGroupRefInventory.QueryFields(path: pathFromRoot.appending("serverGroupRefs"))
        }
    }
}
