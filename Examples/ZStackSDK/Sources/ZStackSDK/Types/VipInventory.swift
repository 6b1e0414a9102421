public import Foundation

/// 虚拟IP清单
public nonisolated final class VipInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// 资源名称
    public let name: String?

    /// 资源的详细描述
    public let description: String?

    /// 三层网络UUID
    public let l3NetworkUuid: String?

    /// The `ip` field.
    public let ip: String?

    /// The `state` field.
    public let state: String?

    /// The `gateway` field.
    public let gateway: String?

    /// The `netmask` field.
    public let netmask: String?

    /// The `prefixLen` field.
    public let prefixLen: Int?

    /// The `serviceProvider` field.
    public let serviceProvider: String?

    /// The `peerL3NetworkUuids` field.
    public let peerL3NetworkUuids: [String]?

    /// The `servicesRefs` field.
    public let servicesRefs: [VipNetworkServicesRefInventory]?

    /// The `useFor` field.
    public let useFor: String?

    /// The `system` field.
    public let system: Bool?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - l3NetworkUuid: 三层网络UUID
    ///   - ip: The `ip` field.
    ///   - state: The `state` field.
    ///   - gateway: The `gateway` field.
    ///   - netmask: The `netmask` field.
    ///   - prefixLen: The `prefixLen` field.
    ///   - serviceProvider: The `serviceProvider` field.
    ///   - peerL3NetworkUuids: The `peerL3NetworkUuids` field.
    ///   - servicesRefs: The `servicesRefs` field.
    ///   - useFor: The `useFor` field.
    ///   - system: The `system` field.
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        uuid: String? = nil,
        name: String? = nil,
        description: String? = nil,
        l3NetworkUuid: String? = nil,
        ip: String? = nil,
        state: String? = nil,
        gateway: String? = nil,
        netmask: String? = nil,
        prefixLen: Int? = nil,
        serviceProvider: String? = nil,
        peerL3NetworkUuids: [String]? = nil,
        servicesRefs: [VipNetworkServicesRefInventory]? = nil,
        useFor: String? = nil,
        system: Bool? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.uuid = uuid
        self.name = name
        self.description = description
        self.l3NetworkUuid = l3NetworkUuid
        self.ip = ip
        self.state = state
        self.gateway = gateway
        self.netmask = netmask
        self.prefixLen = prefixLen
        self.serviceProvider = serviceProvider
        self.peerL3NetworkUuids = peerL3NetworkUuids
        self.servicesRefs = servicesRefs
        self.useFor = useFor
        self.system = system
        self.createDate = createDate
        self.lastOpDate = lastOpDate
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
        self.l3NetworkUuid = try object.optionalValue(String.self, forKey: "l3NetworkUuid")
        self.ip = try object.optionalValue(String.self, forKey: "ip")
        self.state = try object.optionalValue(String.self, forKey: "state")
        self.gateway = try object.optionalValue(String.self, forKey: "gateway")
        self.netmask = try object.optionalValue(String.self, forKey: "netmask")
        self.prefixLen = try object.optionalValue(Int.self, forKey: "prefixLen")
        self.serviceProvider = try object.optionalValue(String.self, forKey: "serviceProvider")
        self.peerL3NetworkUuids = try object.optionalValue([String].self, forKey: "peerL3NetworkUuids")
        self.servicesRefs = try object.optionalValue([VipNetworkServicesRefInventory].self, forKey: "servicesRefs")
        self.useFor = try object.optionalValue(String.self, forKey: "useFor")
        self.system = try object.optionalValue(Bool.self, forKey: "system")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
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
        try object.encodeValue(self.l3NetworkUuid, forKey: "l3NetworkUuid")
        try object.encodeValue(self.ip, forKey: "ip")
        try object.encodeValue(self.state, forKey: "state")
        try object.encodeValue(self.gateway, forKey: "gateway")
        try object.encodeValue(self.netmask, forKey: "netmask")
        try object.encodeValue(self.prefixLen, forKey: "prefixLen")
        try object.encodeValue(self.serviceProvider, forKey: "serviceProvider")
        try object.encodeValue(self.peerL3NetworkUuids, forKey: "peerL3NetworkUuids")
        try object.encodeValue(self.servicesRefs, forKey: "servicesRefs")
        try object.encodeValue(self.useFor, forKey: "useFor")
        try object.encodeValue(self.system, forKey: "system")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
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
    public static func fieldsAreEqual(_ lhs: VipInventory, _ rhs: VipInventory) -> Bool {
        guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
        guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
        guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
        guard ZStackFieldwise.same(lhs.l3NetworkUuid, rhs.l3NetworkUuid) else { return false }
        guard ZStackFieldwise.same(lhs.ip, rhs.ip) else { return false }
        guard ZStackFieldwise.same(lhs.state, rhs.state) else { return false }
        guard ZStackFieldwise.same(lhs.gateway, rhs.gateway) else { return false }
        guard ZStackFieldwise.same(lhs.netmask, rhs.netmask) else { return false }
        guard ZStackFieldwise.same(lhs.prefixLen, rhs.prefixLen) else { return false }
        guard ZStackFieldwise.same(lhs.serviceProvider, rhs.serviceProvider) else { return false }
        guard ZStackFieldwise.same(lhs.peerL3NetworkUuids, rhs.peerL3NetworkUuids) else { return false }
        guard ZStackFieldwise.same(lhs.servicesRefs, rhs.servicesRefs) else { return false }
        guard ZStackFieldwise.same(lhs.useFor, rhs.useFor) else { return false }
        guard ZStackFieldwise.same(lhs.system, rhs.system) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        return ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.uuid)
        hasher.combine(self.name)
        hasher.combine(self.description)
        hasher.combine(self.l3NetworkUuid)
        hasher.combine(self.ip)
        hasher.combine(self.state)
        hasher.combine(self.gateway)
        hasher.combine(self.netmask)
        hasher.combine(self.prefixLen)
        hasher.combine(self.serviceProvider)
        hasher.combine(self.peerL3NetworkUuids)
        hasher.combine(self.servicesRefs)
        hasher.combine(self.useFor)
        hasher.combine(self.system)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
    }
}

nonisolated extension VipInventory {
    /// The fields of ``VipInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.uuid == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``VipInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.uuid`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``VipInventory`` for its own conditions.
        public init() where Root == VipInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``VipInventory`` reached from `Root` through the fields that `path` names.
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

        /// 三层网络UUID
        public var l3NetworkUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "l3NetworkUuid")
        }

        /// The `ip` field.
        public var ip: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "ip")
        }

        /// The `state` field.
        public var state: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "state")
        }

        /// The `gateway` field.
        public var gateway: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "gateway")
        }

        /// The `netmask` field.
        public var netmask: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "netmask")
        }

        /// The `prefixLen` field.
        public var prefixLen: ZStackQueryField<Root, Int> {
            ZStackQueryField(pathFromRoot, "prefixLen")
        }

        /// The `serviceProvider` field.
        public var serviceProvider: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "serviceProvider")
        }

        /// The `servicesRefs` field. Its fields are compared as `servicesRefs.<field>`: an item matches when one of its
        /// `servicesRefs` does.
        public var servicesRefs: VipNetworkServicesRefInventory.QueryFields<Root> {
            VipNetworkServicesRefInventory.QueryFields(path: pathFromRoot.appending("servicesRefs"))
        }

        /// The `useFor` field.
        public var useFor: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "useFor")
        }

        /// The `system` field.
        public var system: ZStackQueryField<Root, Bool> {
            ZStackQueryField(pathFromRoot, "system")
        }

        /// 创建时间
        public var createDate: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "createDate")
        }

        /// 最后一次修改时间
        public var lastOpDate: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "lastOpDate")
        }
    }
}
