public import Foundation

/// `CephPrimaryStoragePoolInventory`, as the API describes it.
public nonisolated final class CephPrimaryStoragePoolInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// 主存储UUID
    public let primaryStorageUuid: String?

    /// The `poolName` field.
    public let poolName: String?

    /// The `aliasName` field.
    public let aliasName: String?

    /// 资源的详细描述
    public let description: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// The `type` field.
    public let type: String?

    /// The `availableCapacity` field.
    public let availableCapacity: Int64?

    /// The `usedCapacity` field.
    public let usedCapacity: Int64?

    /// The `replicatedSize` field.
    public let replicatedSize: Int?

    /// The `totalCapacity` field.
    public let totalCapacity: Int64?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - primaryStorageUuid: 主存储UUID
    ///   - poolName: The `poolName` field.
    ///   - aliasName: The `aliasName` field.
    ///   - description: 资源的详细描述
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - type: The `type` field.
    ///   - availableCapacity: The `availableCapacity` field.
    ///   - usedCapacity: The `usedCapacity` field.
    ///   - replicatedSize: The `replicatedSize` field.
    ///   - totalCapacity: The `totalCapacity` field.
    public init(
        uuid: String? = nil,
        primaryStorageUuid: String? = nil,
        poolName: String? = nil,
        aliasName: String? = nil,
        description: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        type: String? = nil,
        availableCapacity: Int64? = nil,
        usedCapacity: Int64? = nil,
        replicatedSize: Int? = nil,
        totalCapacity: Int64? = nil
    ) {
        self.uuid = uuid
        self.primaryStorageUuid = primaryStorageUuid
        self.poolName = poolName
        self.aliasName = aliasName
        self.description = description
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.type = type
        self.availableCapacity = availableCapacity
        self.usedCapacity = usedCapacity
        self.replicatedSize = replicatedSize
        self.totalCapacity = totalCapacity
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.uuid = try object.optionalValue(String.self, forKey: "uuid")
        self.primaryStorageUuid = try object.optionalValue(String.self, forKey: "primaryStorageUuid")
        self.poolName = try object.optionalValue(String.self, forKey: "poolName")
        self.aliasName = try object.optionalValue(String.self, forKey: "aliasName")
        self.description = try object.optionalValue(String.self, forKey: "description")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
        self.type = try object.optionalValue(String.self, forKey: "type")
        self.availableCapacity = try object.optionalValue(Int64.self, forKey: "availableCapacity")
        self.usedCapacity = try object.optionalValue(Int64.self, forKey: "usedCapacity")
        self.replicatedSize = try object.optionalValue(Int.self, forKey: "replicatedSize")
        self.totalCapacity = try object.optionalValue(Int64.self, forKey: "totalCapacity")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.uuid, forKey: "uuid")
        try object.encodeValue(self.primaryStorageUuid, forKey: "primaryStorageUuid")
        try object.encodeValue(self.poolName, forKey: "poolName")
        try object.encodeValue(self.aliasName, forKey: "aliasName")
        try object.encodeValue(self.description, forKey: "description")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
        try object.encodeValue(self.type, forKey: "type")
        try object.encodeValue(self.availableCapacity, forKey: "availableCapacity")
        try object.encodeValue(self.usedCapacity, forKey: "usedCapacity")
        try object.encodeValue(self.replicatedSize, forKey: "replicatedSize")
        try object.encodeValue(self.totalCapacity, forKey: "totalCapacity")
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
        _ lhs: CephPrimaryStoragePoolInventory,
        _ rhs: CephPrimaryStoragePoolInventory
    ) -> Bool {
        guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
        guard ZStackFieldwise.same(lhs.primaryStorageUuid, rhs.primaryStorageUuid) else { return false }
        guard ZStackFieldwise.same(lhs.poolName, rhs.poolName) else { return false }
        guard ZStackFieldwise.same(lhs.aliasName, rhs.aliasName) else { return false }
        guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        guard ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate) else { return false }
        guard ZStackFieldwise.same(lhs.type, rhs.type) else { return false }
        guard ZStackFieldwise.same(lhs.availableCapacity, rhs.availableCapacity) else { return false }
        guard ZStackFieldwise.same(lhs.usedCapacity, rhs.usedCapacity) else { return false }
        guard ZStackFieldwise.same(lhs.replicatedSize, rhs.replicatedSize) else { return false }
        return ZStackFieldwise.same(lhs.totalCapacity, rhs.totalCapacity)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.uuid)
        hasher.combine(self.primaryStorageUuid)
        hasher.combine(self.poolName)
        hasher.combine(self.aliasName)
        hasher.combine(self.description)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
        hasher.combine(self.type)
        hasher.combine(self.availableCapacity)
        hasher.combine(self.usedCapacity)
        hasher.combine(self.replicatedSize)
        hasher.combine(self.totalCapacity)
    }
}

nonisolated extension CephPrimaryStoragePoolInventory {
    /// The fields of ``CephPrimaryStoragePoolInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.uuid == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``CephPrimaryStoragePoolInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.uuid`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``CephPrimaryStoragePoolInventory`` for its own conditions.
        public init() where Root == CephPrimaryStoragePoolInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``CephPrimaryStoragePoolInventory`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: ZStackQueryPath) {
            self.pathFromRoot = path
        }

        /// 资源的UUID，唯一标示该资源
        public var uuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "uuid")
        }

        /// 主存储UUID
        public var primaryStorageUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "primaryStorageUuid")
        }

        /// The `poolName` field.
        public var poolName: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "poolName")
        }

        /// The `aliasName` field.
        public var aliasName: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "aliasName")
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

        /// The `type` field.
        public var type: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "type")
        }

        /// The `availableCapacity` field.
        public var availableCapacity: ZStackQueryField<Root, Int64> {
            ZStackQueryField(pathFromRoot, "availableCapacity")
        }

        /// The `usedCapacity` field.
        public var usedCapacity: ZStackQueryField<Root, Int64> {
            ZStackQueryField(pathFromRoot, "usedCapacity")
        }

        /// The `replicatedSize` field.
        public var replicatedSize: ZStackQueryField<Root, Int> {
            ZStackQueryField(pathFromRoot, "replicatedSize")
        }

        /// The `totalCapacity` field.
        public var totalCapacity: ZStackQueryField<Root, Int64> {
            ZStackQueryField(pathFromRoot, "totalCapacity")
        }
    }
}
