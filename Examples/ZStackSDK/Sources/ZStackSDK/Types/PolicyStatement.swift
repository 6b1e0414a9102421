/// 策略声明
public nonisolated final class PolicyStatement: Codable, Sendable, Hashable {
    /// 资源名称
    public let name: String?

    /// The `effect` field.
    public let effect: StatementEffect?

    /// The `principals` field.
    public let principals: [String]?

    /// The `actions` field.
    public let actions: [String]?

    /// The `resources` field.
    public let resources: [String]?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - name: 资源名称
    ///   - effect: The `effect` field.
    ///   - principals: The `principals` field.
    ///   - actions: The `actions` field.
    ///   - resources: The `resources` field.
    public init(
        name: String? = nil,
        effect: StatementEffect? = nil,
        principals: [String]? = nil,
        actions: [String]? = nil,
        resources: [String]? = nil
    ) {
        self.name = name
        self.effect = effect
        self.principals = principals
        self.actions = actions
        self.resources = resources
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.name = try object.optionalValue(String.self, forKey: "name")
        self.effect = try object.optionalValue(StatementEffect.self, forKey: "effect")
        self.principals = try object.optionalValue([String].self, forKey: "principals")
        self.actions = try object.optionalValue([String].self, forKey: "actions")
        self.resources = try object.optionalValue([String].self, forKey: "resources")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.name, forKey: "name")
        try object.encodeValue(self.effect, forKey: "effect")
        try object.encodeValue(self.principals, forKey: "principals")
        try object.encodeValue(self.actions, forKey: "actions")
        try object.encodeValue(self.resources, forKey: "resources")
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
    public static func fieldsAreEqual(_ lhs: PolicyStatement, _ rhs: PolicyStatement) -> Bool {
        guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
        guard ZStackFieldwise.same(lhs.effect, rhs.effect) else { return false }
        guard ZStackFieldwise.same(lhs.principals, rhs.principals) else { return false }
        guard ZStackFieldwise.same(lhs.actions, rhs.actions) else { return false }
        return ZStackFieldwise.same(lhs.resources, rhs.resources)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.name)
        hasher.combine(self.effect)
        hasher.combine(self.principals)
        hasher.combine(self.actions)
        hasher.combine(self.resources)
    }
}

nonisolated extension PolicyStatement {
    /// The fields of ``PolicyStatement`` that typed query conditions compare, each with the type of its values:
    /// `$0.name == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``PolicyStatement``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.name`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``PolicyStatement`` for its own conditions.
        public init() where Root == PolicyStatement {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``PolicyStatement`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: ZStackQueryPath) {
            self.pathFromRoot = path
        }

        /// 资源名称
        public var name: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "name")
        }

        /// The `effect` field. Its fields are compared as `effect.<field>`.
        public var effect: StatementEffect.QueryFields<Root> {
            StatementEffect.QueryFields(path: pathFromRoot.appending("effect"))
        }
    }
}
