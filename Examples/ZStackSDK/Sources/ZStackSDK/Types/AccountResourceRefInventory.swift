public import Foundation

/// 账户与资源间引用关系清单
public nonisolated final class AccountResourceRefInventory: Codable, Sendable, Hashable {
    /// 账户UUID
    public let accountUuid: String?

    /// 资源UUID
    public let resourceUuid: String?

    /// 资源类型
    public let resourceType: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - accountUuid: 账户UUID
    ///   - resourceUuid: 资源UUID
    ///   - resourceType: 资源类型
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        accountUuid: String? = nil,
        resourceUuid: String? = nil,
        resourceType: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.accountUuid = accountUuid
        self.resourceUuid = resourceUuid
        self.resourceType = resourceType
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.accountUuid = try object.optionalValue(String.self, forKey: "accountUuid")
        self.resourceUuid = try object.optionalValue(String.self, forKey: "resourceUuid")
        self.resourceType = try object.optionalValue(String.self, forKey: "resourceType")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.accountUuid, forKey: "accountUuid")
        try object.encodeValue(self.resourceUuid, forKey: "resourceUuid")
        try object.encodeValue(self.resourceType, forKey: "resourceType")
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
    public static func fieldsAreEqual(_ lhs: AccountResourceRefInventory, _ rhs: AccountResourceRefInventory) -> Bool {
        guard ZStackFieldwise.same(lhs.accountUuid, rhs.accountUuid) else { return false }
        guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
        guard ZStackFieldwise.same(lhs.resourceType, rhs.resourceType) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        return ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.accountUuid)
        hasher.combine(self.resourceUuid)
        hasher.combine(self.resourceType)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
    }
}

nonisolated extension AccountResourceRefInventory {
    /// The fields of ``AccountResourceRefInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.accountUuid == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``AccountResourceRefInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.accountUuid`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``AccountResourceRefInventory`` for its own conditions.
        public init() where Root == AccountResourceRefInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``AccountResourceRefInventory`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: ZStackQueryPath) {
            self.pathFromRoot = path
        }

        /// 账户UUID
        public var accountUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "accountUuid")
        }

        /// 资源UUID
        public var resourceUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "resourceUuid")
        }

        /// 资源类型
        public var resourceType: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "resourceType")
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
