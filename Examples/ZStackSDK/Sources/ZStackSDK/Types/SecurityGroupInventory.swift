public import Foundation

/// 安全组规则的清单（Security Group Rule Inventory）
public nonisolated final class SecurityGroupInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// 资源名称
    public let name: String?

    /// 资源的详细描述
    public let description: String?

    /// The `state` field.
    public let state: String?

    /// ip协议号
    public let ipVersion: Int?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// The `rules` field.
    public let rules: [SecurityGroupRuleInventory]?

    /// The `attachedL3NetworkUuids` field.
    public let attachedL3NetworkUuids: [String]?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - state: The `state` field.
    ///   - ipVersion: ip协议号
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - rules: The `rules` field.
    ///   - attachedL3NetworkUuids: The `attachedL3NetworkUuids` field.
    public init(
        uuid: String? = nil,
        name: String? = nil,
        description: String? = nil,
        state: String? = nil,
        ipVersion: Int? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        rules: [SecurityGroupRuleInventory]? = nil,
        attachedL3NetworkUuids: [String]? = nil
    ) {
        self.uuid = uuid
        self.name = name
        self.description = description
        self.state = state
        self.ipVersion = ipVersion
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.rules = rules
        self.attachedL3NetworkUuids = attachedL3NetworkUuids
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
        self.state = try object.optionalValue(String.self, forKey: "state")
        self.ipVersion = try object.optionalValue(Int.self, forKey: "ipVersion")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
        self.rules = try object.optionalValue([SecurityGroupRuleInventory].self, forKey: "rules")
        self.attachedL3NetworkUuids = try object.optionalValue([String].self, forKey: "attachedL3NetworkUuids")
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
        try object.encodeValue(self.state, forKey: "state")
        try object.encodeValue(self.ipVersion, forKey: "ipVersion")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
        try object.encodeValue(self.rules, forKey: "rules")
        try object.encodeValue(self.attachedL3NetworkUuids, forKey: "attachedL3NetworkUuids")
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
    public static func fieldsAreEqual(_ lhs: SecurityGroupInventory, _ rhs: SecurityGroupInventory) -> Bool {
        guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
        guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
        guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
        guard ZStackFieldwise.same(lhs.state, rhs.state) else { return false }
        guard ZStackFieldwise.same(lhs.ipVersion, rhs.ipVersion) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        guard ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate) else { return false }
        guard ZStackFieldwise.same(lhs.rules, rhs.rules) else { return false }
        return ZStackFieldwise.same(lhs.attachedL3NetworkUuids, rhs.attachedL3NetworkUuids)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.uuid)
        hasher.combine(self.name)
        hasher.combine(self.description)
        hasher.combine(self.state)
        hasher.combine(self.ipVersion)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
        hasher.combine(self.rules)
        hasher.combine(self.attachedL3NetworkUuids)
    }
}

nonisolated extension SecurityGroupInventory {
    /// The fields of ``SecurityGroupInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.uuid == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``SecurityGroupInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.uuid`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``SecurityGroupInventory`` for its own conditions.
        public init() where Root == SecurityGroupInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``SecurityGroupInventory`` reached from `Root` through the fields that `path` names.
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

        /// The `state` field.
        public var state: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "state")
        }

        /// ip协议号
        public var ipVersion: ZStackQueryField<Root, Int> {
            ZStackQueryField(pathFromRoot, "ipVersion")
        }

        /// 创建时间
        public var createDate: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "createDate")
        }

        /// 最后一次修改时间
        public var lastOpDate: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "lastOpDate")
        }

        /// The `rules` field. Its fields are compared as `rules.<field>`: an item matches when one of its `rules` does.
        public var rules: SecurityGroupRuleInventory.QueryFields<Root> {
            SecurityGroupRuleInventory.QueryFields(path: pathFromRoot.appending("rules"))
        }
    }
}
