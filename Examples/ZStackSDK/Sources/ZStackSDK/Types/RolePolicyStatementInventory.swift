public import Foundation

/// `RolePolicyStatementInventory`, as the API describes it.
public nonisolated final class RolePolicyStatementInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// The `statement` field.
    public let statement: PolicyStatement?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - statement: The `statement` field.
    public init(
        uuid: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        statement: PolicyStatement? = nil
    ) {
        self.uuid = uuid
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.statement = statement
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.uuid = try object.optionalValue(String.self, forKey: "uuid")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
        self.statement = try object.optionalValue(PolicyStatement.self, forKey: "statement")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.uuid, forKey: "uuid")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
        try object.encodeValue(self.statement, forKey: "statement")
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
        _ lhs: RolePolicyStatementInventory,
        _ rhs: RolePolicyStatementInventory
    ) -> Bool {
        guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        guard ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate) else { return false }
        return ZStackFieldwise.same(lhs.statement, rhs.statement)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.uuid)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
        hasher.combine(self.statement)
    }
}

nonisolated extension RolePolicyStatementInventory {
    /// The fields of ``RolePolicyStatementInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.uuid == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``RolePolicyStatementInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.uuid`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``RolePolicyStatementInventory`` for its own conditions.
        public init() where Root == RolePolicyStatementInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``RolePolicyStatementInventory`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: ZStackQueryPath) {
            self.pathFromRoot = path
        }

        /// 资源的UUID，唯一标示该资源
        public var uuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "uuid")
        }

        /// 创建时间
        public var createDate: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "createDate")
        }

        /// 最后一次修改时间
        public var lastOpDate: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "lastOpDate")
        }

        /// The `statement` field. Its fields are compared as `statement.<field>`.
        public var statement: PolicyStatement.QueryFields<Root> {
            PolicyStatement.QueryFields(path: pathFromRoot.appending("statement"))
        }
    }
}
