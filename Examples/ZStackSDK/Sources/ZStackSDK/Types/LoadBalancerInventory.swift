public import Foundation

/// `LoadBalancerInventory`, as the API describes it.
public nonisolated final class LoadBalancerInventory: Codable, Sendable, Hashable {
    /// 资源名称
    public let name: String?

    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// 资源的详细描述
    public let description: String?

    /// The `state` field.
    public let state: String?

    /// The `type` field.
    public let type: String?

    /// VIP UUID
    public let vipUuid: String?

    /// The `serverGroupUuid` field.
    public let serverGroupUuid: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// The `listeners` field.
    public let listeners: [LoadBalancerListenerInventory]?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - name: 资源名称
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - description: 资源的详细描述
    ///   - state: The `state` field.
    ///   - type: The `type` field.
    ///   - vipUuid: VIP UUID
    ///   - serverGroupUuid: The `serverGroupUuid` field.
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - listeners: The `listeners` field.
    public init(
        name: String? = nil,
        uuid: String? = nil,
        description: String? = nil,
        state: String? = nil,
        type: String? = nil,
        vipUuid: String? = nil,
        serverGroupUuid: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        listeners: [LoadBalancerListenerInventory]? = nil
    ) {
        self.name = name
        self.uuid = uuid
        self.description = description
        self.state = state
        self.type = type
        self.vipUuid = vipUuid
        self.serverGroupUuid = serverGroupUuid
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.listeners = listeners
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.name = try object.optionalValue(String.self, forKey: "name")
        self.uuid = try object.optionalValue(String.self, forKey: "uuid")
        self.description = try object.optionalValue(String.self, forKey: "description")
        self.state = try object.optionalValue(String.self, forKey: "state")
        self.type = try object.optionalValue(String.self, forKey: "type")
        self.vipUuid = try object.optionalValue(String.self, forKey: "vipUuid")
        self.serverGroupUuid = try object.optionalValue(String.self, forKey: "serverGroupUuid")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
        self.listeners = try object.optionalValue([LoadBalancerListenerInventory].self, forKey: "listeners")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.name, forKey: "name")
        try object.encodeValue(self.uuid, forKey: "uuid")
        try object.encodeValue(self.description, forKey: "description")
        try object.encodeValue(self.state, forKey: "state")
        try object.encodeValue(self.type, forKey: "type")
        try object.encodeValue(self.vipUuid, forKey: "vipUuid")
        try object.encodeValue(self.serverGroupUuid, forKey: "serverGroupUuid")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
        try object.encodeValue(self.listeners, forKey: "listeners")
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
    public static func fieldsAreEqual(_ lhs: LoadBalancerInventory, _ rhs: LoadBalancerInventory) -> Bool {
        guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
        guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
        guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
        guard ZStackFieldwise.same(lhs.state, rhs.state) else { return false }
        guard ZStackFieldwise.same(lhs.type, rhs.type) else { return false }
        guard ZStackFieldwise.same(lhs.vipUuid, rhs.vipUuid) else { return false }
        guard ZStackFieldwise.same(lhs.serverGroupUuid, rhs.serverGroupUuid) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        guard ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate) else { return false }
        return ZStackFieldwise.same(lhs.listeners, rhs.listeners)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.name)
        hasher.combine(self.uuid)
        hasher.combine(self.description)
        hasher.combine(self.state)
        hasher.combine(self.type)
        hasher.combine(self.vipUuid)
        hasher.combine(self.serverGroupUuid)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
        hasher.combine(self.listeners)
    }
}

nonisolated extension LoadBalancerInventory {
    /// The fields of ``LoadBalancerInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.name == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``LoadBalancerInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.name`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``LoadBalancerInventory`` for its own conditions.
        public init() where Root == LoadBalancerInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``LoadBalancerInventory`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: ZStackQueryPath) {
            self.pathFromRoot = path
        }

        /// 资源名称
        public var name: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "name")
        }

        /// 资源的UUID，唯一标示该资源
        public var uuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "uuid")
        }

        /// 资源的详细描述
        public var description: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "description")
        }

        /// The `state` field.
        public var state: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "state")
        }

        /// The `type` field.
        public var type: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "type")
        }

        /// VIP UUID
        public var vipUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "vipUuid")
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

        /// The `listeners` field. Its fields are compared as `listeners.<field>`: an item matches when one of its
        /// `listeners` does.
        public var listeners: LoadBalancerListenerInventory.QueryFields<Root> {
            LoadBalancerListenerInventory.QueryFields(path: pathFromRoot.appending("listeners"))
        }
    }
}
