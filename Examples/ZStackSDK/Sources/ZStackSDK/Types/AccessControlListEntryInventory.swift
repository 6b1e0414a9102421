public import Foundation

/// IP组清单列表
public nonisolated final class AccessControlListEntryInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// The `aclUuid` field.
    public let aclUuid: String?

    /// The `type` field.
    public let type: String?

    /// 资源名称
    public let name: String?

    /// The `domain` field.
    public let domain: String?

    /// The `url` field.
    public let url: String?

    /// The `ipEntries` field.
    public let ipEntries: String?

    /// 资源的详细描述
    public let description: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - aclUuid: The `aclUuid` field.
    ///   - type: The `type` field.
    ///   - name: 资源名称
    ///   - domain: The `domain` field.
    ///   - url: The `url` field.
    ///   - ipEntries: The `ipEntries` field.
    ///   - description: 资源的详细描述
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        uuid: String? = nil,
        aclUuid: String? = nil,
        type: String? = nil,
        name: String? = nil,
        domain: String? = nil,
        url: String? = nil,
        ipEntries: String? = nil,
        description: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.uuid = uuid
        self.aclUuid = aclUuid
        self.type = type
        self.name = name
        self.domain = domain
        self.url = url
        self.ipEntries = ipEntries
        self.description = description
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
        self.aclUuid = try object.optionalValue(String.self, forKey: "aclUuid")
        self.type = try object.optionalValue(String.self, forKey: "type")
        self.name = try object.optionalValue(String.self, forKey: "name")
        self.domain = try object.optionalValue(String.self, forKey: "domain")
        self.url = try object.optionalValue(String.self, forKey: "url")
        self.ipEntries = try object.optionalValue(String.self, forKey: "ipEntries")
        self.description = try object.optionalValue(String.self, forKey: "description")
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
        try object.encodeValue(self.aclUuid, forKey: "aclUuid")
        try object.encodeValue(self.type, forKey: "type")
        try object.encodeValue(self.name, forKey: "name")
        try object.encodeValue(self.domain, forKey: "domain")
        try object.encodeValue(self.url, forKey: "url")
        try object.encodeValue(self.ipEntries, forKey: "ipEntries")
        try object.encodeValue(self.description, forKey: "description")
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
    public static func fieldsAreEqual(
        _ lhs: AccessControlListEntryInventory,
        _ rhs: AccessControlListEntryInventory
    ) -> Bool {
        guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
        guard ZStackFieldwise.same(lhs.aclUuid, rhs.aclUuid) else { return false }
        guard ZStackFieldwise.same(lhs.type, rhs.type) else { return false }
        guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
        guard ZStackFieldwise.same(lhs.domain, rhs.domain) else { return false }
        guard ZStackFieldwise.same(lhs.url, rhs.url) else { return false }
        guard ZStackFieldwise.same(lhs.ipEntries, rhs.ipEntries) else { return false }
        guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        return ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.uuid)
        hasher.combine(self.aclUuid)
        hasher.combine(self.type)
        hasher.combine(self.name)
        hasher.combine(self.domain)
        hasher.combine(self.url)
        hasher.combine(self.ipEntries)
        hasher.combine(self.description)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
    }
}

nonisolated extension AccessControlListEntryInventory {
    /// The fields of ``AccessControlListEntryInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.uuid == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``AccessControlListEntryInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.uuid`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``AccessControlListEntryInventory`` for its own conditions.
        public init() where Root == AccessControlListEntryInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``AccessControlListEntryInventory`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: ZStackQueryPath) {
            self.pathFromRoot = path
        }

        /// 资源的UUID，唯一标示该资源
        public var uuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "uuid")
        }

        /// The `aclUuid` field.
        public var aclUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "aclUuid")
        }

        /// The `type` field.
        public var type: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "type")
        }

        /// 资源名称
        public var name: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "name")
        }

        /// The `domain` field.
        public var domain: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "domain")
        }

        /// The `url` field.
        public var url: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "url")
        }

        /// The `ipEntries` field.
        public var ipEntries: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "ipEntries")
        }

        /// 资源的详细描述
        public var description: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "description")
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
