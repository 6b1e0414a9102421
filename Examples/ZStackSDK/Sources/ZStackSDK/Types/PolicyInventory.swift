/// 策略清单
public nonisolated final class PolicyInventory: Codable, Sendable, Hashable {
    /// 声明清单列表
    public let statements: [PolicyStatement]?

    /// 资源名称
    public let name: String?

    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// 账户UUID
    public let accountUuid: String?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - statements: 声明清单列表
    ///   - name: 资源名称
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - accountUuid: 账户UUID
    public init(
        statements: [PolicyStatement]? = nil,
        name: String? = nil,
        uuid: String? = nil,
        accountUuid: String? = nil
    ) {
        self.statements = statements
        self.name = name
        self.uuid = uuid
        self.accountUuid = accountUuid
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.statements = try object.optionalValue([PolicyStatement].self, forKey: "statements")
        self.name = try object.optionalValue(String.self, forKey: "name")
        self.uuid = try object.optionalValue(String.self, forKey: "uuid")
        self.accountUuid = try object.optionalValue(String.self, forKey: "accountUuid")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.statements, forKey: "statements")
        try object.encodeValue(self.name, forKey: "name")
        try object.encodeValue(self.uuid, forKey: "uuid")
        try object.encodeValue(self.accountUuid, forKey: "accountUuid")
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
    public static func fieldsAreEqual(_ lhs: PolicyInventory, _ rhs: PolicyInventory) -> Bool {
        guard ZStackFieldwise.same(lhs.statements, rhs.statements) else { return false }
        guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
        guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
        return ZStackFieldwise.same(lhs.accountUuid, rhs.accountUuid)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.statements)
        hasher.combine(self.name)
        hasher.combine(self.uuid)
        hasher.combine(self.accountUuid)
    }
}

nonisolated extension PolicyInventory {
    /// The fields of ``PolicyInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.name == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``PolicyInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.name`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``PolicyInventory`` for its own conditions.
        public init() where Root == PolicyInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``PolicyInventory`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: ZStackQueryPath) {
            self.pathFromRoot = path
        }

        /// 声明清单列表. Its fields are compared as `statements.<field>`: an item matches when one of its `statements` does.
        public var statements: PolicyStatement.QueryFields<Root> {
            PolicyStatement.QueryFields(path: pathFromRoot.appending("statements"))
        }

        /// 资源名称
        public var name: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "name")
        }

        /// 资源的UUID，唯一标示该资源
        public var uuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "uuid")
        }

        /// 账户UUID
        public var accountUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "accountUuid")
        }
    }
}
