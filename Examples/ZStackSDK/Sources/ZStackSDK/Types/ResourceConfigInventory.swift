public import Foundation

/// 资源高级设置
public nonisolated final class ResourceConfigInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// 设置对应的资源UUID
    public let resourceUuid: String?

    /// 设置对应的资源类型
    public let resourceType: String?

    /// 设置名称
    public let name: String?

    /// 设置的详细描述
    public let description: String?

    /// 设置类别
    public let category: String?

    /// 设置的值
    public let value: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - resourceUuid: 设置对应的资源UUID
    ///   - resourceType: 设置对应的资源类型
    ///   - name: 设置名称
    ///   - description: 设置的详细描述
    ///   - category: 设置类别
    ///   - value: 设置的值
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        uuid: String? = nil,
        resourceUuid: String? = nil,
        resourceType: String? = nil,
        name: String? = nil,
        description: String? = nil,
        category: String? = nil,
        value: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.uuid = uuid
        self.resourceUuid = resourceUuid
        self.resourceType = resourceType
        self.name = name
        self.description = description
        self.category = category
        self.value = value
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
        self.resourceUuid = try object.optionalValue(String.self, forKey: "resourceUuid")
        self.resourceType = try object.optionalValue(String.self, forKey: "resourceType")
        self.name = try object.optionalValue(String.self, forKey: "name")
        self.description = try object.optionalValue(String.self, forKey: "description")
        self.category = try object.optionalValue(String.self, forKey: "category")
        self.value = try object.optionalValue(String.self, forKey: "value")
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
        try object.encodeValue(self.resourceUuid, forKey: "resourceUuid")
        try object.encodeValue(self.resourceType, forKey: "resourceType")
        try object.encodeValue(self.name, forKey: "name")
        try object.encodeValue(self.description, forKey: "description")
        try object.encodeValue(self.category, forKey: "category")
        try object.encodeValue(self.value, forKey: "value")
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
    public static func fieldsAreEqual(_ lhs: ResourceConfigInventory, _ rhs: ResourceConfigInventory) -> Bool {
        guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
        guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
        guard ZStackFieldwise.same(lhs.resourceType, rhs.resourceType) else { return false }
        guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
        guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
        guard ZStackFieldwise.same(lhs.category, rhs.category) else { return false }
        guard ZStackFieldwise.same(lhs.value, rhs.value) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        return ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.uuid)
        hasher.combine(self.resourceUuid)
        hasher.combine(self.resourceType)
        hasher.combine(self.name)
        hasher.combine(self.description)
        hasher.combine(self.category)
        hasher.combine(self.value)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
    }
}

nonisolated extension ResourceConfigInventory {
    /// The fields of ``ResourceConfigInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.uuid == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``ResourceConfigInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.uuid`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``ResourceConfigInventory`` for its own conditions.
        public init() where Root == ResourceConfigInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``ResourceConfigInventory`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: ZStackQueryPath) {
            self.pathFromRoot = path
        }

        /// 资源的UUID，唯一标示该资源
        public var uuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "uuid")
        }

        /// 设置对应的资源UUID
        public var resourceUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "resourceUuid")
        }

        /// 设置对应的资源类型
        public var resourceType: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "resourceType")
        }

        /// 设置名称
        public var name: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "name")
        }

        /// 设置的详细描述
        public var description: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "description")
        }

        /// 设置类别
        public var category: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "category")
        }

        /// 设置的值
        public var value: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "value")
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
