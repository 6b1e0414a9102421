public import Foundation

/// LDAP服务器清单
public nonisolated final class LdapServerInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// 资源名称
    public let name: String?

    /// 资源的详细描述
    public let description: String?

    /// The `url` field.
    public let url: String?

    /// LDAP服务器访问地址
    public let base: String?

    /// 用于访问LDAP服务器的用户名
    public let username: String?

    /// 密码
    public let password: String?

    /// 加密方式
    public let encryption: String?

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
    ///   - url: The `url` field.
    ///   - base: LDAP服务器访问地址
    ///   - username: 用于访问LDAP服务器的用户名
    ///   - password: 密码
    ///   - encryption: 加密方式
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        uuid: String? = nil,
        name: String? = nil,
        description: String? = nil,
        url: String? = nil,
        base: String? = nil,
        username: String? = nil,
        password: String? = nil,
        encryption: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.uuid = uuid
        self.name = name
        self.description = description
        self.url = url
        self.base = base
        self.username = username
        self.password = password
        self.encryption = encryption
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
        self.url = try object.optionalValue(String.self, forKey: "url")
        self.base = try object.optionalValue(String.self, forKey: "base")
        self.username = try object.optionalValue(String.self, forKey: "username")
        self.password = try object.optionalValue(String.self, forKey: "password")
        self.encryption = try object.optionalValue(String.self, forKey: "encryption")
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
        try object.encodeValue(self.url, forKey: "url")
        try object.encodeValue(self.base, forKey: "base")
        try object.encodeValue(self.username, forKey: "username")
        try object.encodeValue(self.password, forKey: "password")
        try object.encodeValue(self.encryption, forKey: "encryption")
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
    public static func fieldsAreEqual(_ lhs: LdapServerInventory, _ rhs: LdapServerInventory) -> Bool {
        guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
        guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
        guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
        guard ZStackFieldwise.same(lhs.url, rhs.url) else { return false }
        guard ZStackFieldwise.same(lhs.base, rhs.base) else { return false }
        guard ZStackFieldwise.same(lhs.username, rhs.username) else { return false }
        guard ZStackFieldwise.same(lhs.password, rhs.password) else { return false }
        guard ZStackFieldwise.same(lhs.encryption, rhs.encryption) else { return false }
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
        hasher.combine(self.url)
        hasher.combine(self.base)
        hasher.combine(self.username)
        hasher.combine(self.password)
        hasher.combine(self.encryption)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
    }
}

nonisolated extension LdapServerInventory {
    /// The fields of ``LdapServerInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.uuid == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``LdapServerInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.uuid`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``LdapServerInventory`` for its own conditions.
        public init() where Root == LdapServerInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``LdapServerInventory`` reached from `Root` through the fields that `path` names.
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

        /// The `url` field.
        public var url: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "url")
        }

        /// LDAP服务器访问地址
        public var base: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "base")
        }

        /// 用于访问LDAP服务器的用户名
        public var username: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "username")
        }

        /// 密码
        public var password: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "password")
        }

        /// 加密方式
        public var encryption: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "encryption")
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
