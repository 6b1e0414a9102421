public import Foundation

/// 用户标签清单
public nonisolated final class UserTagInventory: Codable, Sendable, Hashable {
    /// 标签模版UUID
    public let tagPatternUuid: String?

    /// 以该标签模版创建的用户标签
    public let tagPattern: TagPatternInventory?

    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// 用户指定的资源UUID，若指定，系统不会为该资源随机分配UUID
    public let resourceUuid: String?

    /// 当创建一个标签时, 用户必须制定标签所关联的资源类型(resource type)
    public let resourceType: String?

    /// 标签字符串
    public let tag: String?

    /// 保留域, 请不要使用它
    public let type: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - tagPatternUuid: 标签模版UUID
    ///   - tagPattern: 以该标签模版创建的用户标签
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - resourceUuid: 用户指定的资源UUID，若指定，系统不会为该资源随机分配UUID
    ///   - resourceType: 当创建一个标签时, 用户必须制定标签所关联的资源类型(resource type)
    ///   - tag: 标签字符串
    ///   - type: 保留域, 请不要使用它
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        tagPatternUuid: String? = nil,
        tagPattern: TagPatternInventory? = nil,
        uuid: String? = nil,
        resourceUuid: String? = nil,
        resourceType: String? = nil,
        tag: String? = nil,
        type: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.tagPatternUuid = tagPatternUuid
        self.tagPattern = tagPattern
        self.uuid = uuid
        self.resourceUuid = resourceUuid
        self.resourceType = resourceType
        self.tag = tag
        self.type = type
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.tagPatternUuid = try object.optionalValue(String.self, forKey: "tagPatternUuid")
        self.tagPattern = try object.optionalValue(TagPatternInventory.self, forKey: "tagPattern")
        self.uuid = try object.optionalValue(String.self, forKey: "uuid")
        self.resourceUuid = try object.optionalValue(String.self, forKey: "resourceUuid")
        self.resourceType = try object.optionalValue(String.self, forKey: "resourceType")
        self.tag = try object.optionalValue(String.self, forKey: "tag")
        self.type = try object.optionalValue(String.self, forKey: "type")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.tagPatternUuid, forKey: "tagPatternUuid")
        try object.encodeValue(self.tagPattern, forKey: "tagPattern")
        try object.encodeValue(self.uuid, forKey: "uuid")
        try object.encodeValue(self.resourceUuid, forKey: "resourceUuid")
        try object.encodeValue(self.resourceType, forKey: "resourceType")
        try object.encodeValue(self.tag, forKey: "tag")
        try object.encodeValue(self.type, forKey: "type")
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
    public static func fieldsAreEqual(_ lhs: UserTagInventory, _ rhs: UserTagInventory) -> Bool {
        guard ZStackFieldwise.same(lhs.tagPatternUuid, rhs.tagPatternUuid) else { return false }
        guard ZStackFieldwise.same(lhs.tagPattern, rhs.tagPattern) else { return false }
        guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
        guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
        guard ZStackFieldwise.same(lhs.resourceType, rhs.resourceType) else { return false }
        guard ZStackFieldwise.same(lhs.tag, rhs.tag) else { return false }
        guard ZStackFieldwise.same(lhs.type, rhs.type) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        return ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.tagPatternUuid)
        hasher.combine(self.tagPattern)
        hasher.combine(self.uuid)
        hasher.combine(self.resourceUuid)
        hasher.combine(self.resourceType)
        hasher.combine(self.tag)
        hasher.combine(self.type)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
    }
}

nonisolated extension UserTagInventory {
    /// The fields of ``UserTagInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.tagPatternUuid == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``UserTagInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.tagPatternUuid`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``UserTagInventory`` for its own conditions.
        public init() where Root == UserTagInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``UserTagInventory`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: ZStackQueryPath) {
            self.pathFromRoot = path
        }

        /// 标签模版UUID
        public var tagPatternUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "tagPatternUuid")
        }

        /// 以该标签模版创建的用户标签. Its fields are compared as `tagPattern.<field>`.
        public var tagPattern: TagPatternInventory.QueryFields<Root> {
            TagPatternInventory.QueryFields(path: pathFromRoot.appending("tagPattern"))
        }

        /// 资源的UUID，唯一标示该资源
        public var uuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "uuid")
        }

        /// 用户指定的资源UUID，若指定，系统不会为该资源随机分配UUID
        public var resourceUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "resourceUuid")
        }

        /// 当创建一个标签时, 用户必须制定标签所关联的资源类型(resource type)
        public var resourceType: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "resourceType")
        }

        /// 标签字符串
        public var tag: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "tag")
        }

        /// 保留域, 请不要使用它
        public var type: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "type")
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
