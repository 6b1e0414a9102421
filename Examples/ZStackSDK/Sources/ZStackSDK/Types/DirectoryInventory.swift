public import Foundation

/// 目录
public nonisolated final class DirectoryInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// 资源名称
    public let name: String?

    /// 所属分组
    public let groupName: String?

    /// 父级目录UUID
    public let parentUuid: String?

    /// 根目录UUID
    public let rootDirectoryUuid: String?

    /// 区域UUID
    public let zoneUuid: String?

    /// 目录类型
    public let type: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 资源名称
    ///   - groupName: 所属分组
    ///   - parentUuid: 父级目录UUID
    ///   - rootDirectoryUuid: 根目录UUID
    ///   - zoneUuid: 区域UUID
    ///   - type: 目录类型
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        uuid: String? = nil,
        name: String? = nil,
        groupName: String? = nil,
        parentUuid: String? = nil,
        rootDirectoryUuid: String? = nil,
        zoneUuid: String? = nil,
        type: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.uuid = uuid
        self.name = name
        self.groupName = groupName
        self.parentUuid = parentUuid
        self.rootDirectoryUuid = rootDirectoryUuid
        self.zoneUuid = zoneUuid
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
        self.uuid = try object.optionalValue(String.self, forKey: "uuid")
        self.name = try object.optionalValue(String.self, forKey: "name")
        self.groupName = try object.optionalValue(String.self, forKey: "groupName")
        self.parentUuid = try object.optionalValue(String.self, forKey: "parentUuid")
        self.rootDirectoryUuid = try object.optionalValue(String.self, forKey: "rootDirectoryUuid")
        self.zoneUuid = try object.optionalValue(String.self, forKey: "zoneUuid")
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
        try object.encodeValue(self.uuid, forKey: "uuid")
        try object.encodeValue(self.name, forKey: "name")
        try object.encodeValue(self.groupName, forKey: "groupName")
        try object.encodeValue(self.parentUuid, forKey: "parentUuid")
        try object.encodeValue(self.rootDirectoryUuid, forKey: "rootDirectoryUuid")
        try object.encodeValue(self.zoneUuid, forKey: "zoneUuid")
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
    public static func fieldsAreEqual(_ lhs: DirectoryInventory, _ rhs: DirectoryInventory) -> Bool {
        guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
        guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
        guard ZStackFieldwise.same(lhs.groupName, rhs.groupName) else { return false }
        guard ZStackFieldwise.same(lhs.parentUuid, rhs.parentUuid) else { return false }
        guard ZStackFieldwise.same(lhs.rootDirectoryUuid, rhs.rootDirectoryUuid) else { return false }
        guard ZStackFieldwise.same(lhs.zoneUuid, rhs.zoneUuid) else { return false }
        guard ZStackFieldwise.same(lhs.type, rhs.type) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        return ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.uuid)
        hasher.combine(self.name)
        hasher.combine(self.groupName)
        hasher.combine(self.parentUuid)
        hasher.combine(self.rootDirectoryUuid)
        hasher.combine(self.zoneUuid)
        hasher.combine(self.type)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
    }
}

nonisolated extension DirectoryInventory {
    /// The fields of ``DirectoryInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.uuid == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``DirectoryInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.uuid`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``DirectoryInventory`` for its own conditions.
        public init() where Root == DirectoryInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``DirectoryInventory`` reached from `Root` through the fields that `path` names.
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

        /// 所属分组
        public var groupName: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "groupName")
        }

        /// 父级目录UUID
        public var parentUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "parentUuid")
        }

        /// 根目录UUID
        public var rootDirectoryUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "rootDirectoryUuid")
        }

        /// 区域UUID
        public var zoneUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "zoneUuid")
        }

        /// 目录类型
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
