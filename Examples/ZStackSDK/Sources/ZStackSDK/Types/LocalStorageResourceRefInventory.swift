public import Foundation

/// `LocalStorageResourceRefInventory`, as the API describes it.
public nonisolated final class LocalStorageResourceRefInventory: Codable, Sendable, Hashable {
    /// The `resourceUuid` field.
    public let resourceUuid: String?

    /// 主存储UUID
    public let primaryStorageUuid: String?

    /// 物理机UUID
    public let hostUuid: String?

    /// The `size` field.
    public let size: Int64?

    /// The `resourceType` field.
    public let resourceType: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - resourceUuid: The `resourceUuid` field.
    ///   - primaryStorageUuid: 主存储UUID
    ///   - hostUuid: 物理机UUID
    ///   - size: The `size` field.
    ///   - resourceType: The `resourceType` field.
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        resourceUuid: String? = nil,
        primaryStorageUuid: String? = nil,
        hostUuid: String? = nil,
        size: Int64? = nil,
        resourceType: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.resourceUuid = resourceUuid
        self.primaryStorageUuid = primaryStorageUuid
        self.hostUuid = hostUuid
        self.size = size
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
        self.resourceUuid = try object.optionalValue(String.self, forKey: "resourceUuid")
        self.primaryStorageUuid = try object.optionalValue(String.self, forKey: "primaryStorageUuid")
        self.hostUuid = try object.optionalValue(String.self, forKey: "hostUuid")
        self.size = try object.optionalValue(Int64.self, forKey: "size")
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
        try object.encodeValue(self.resourceUuid, forKey: "resourceUuid")
        try object.encodeValue(self.primaryStorageUuid, forKey: "primaryStorageUuid")
        try object.encodeValue(self.hostUuid, forKey: "hostUuid")
        try object.encodeValue(self.size, forKey: "size")
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
    public static func fieldsAreEqual(
        _ lhs: LocalStorageResourceRefInventory,
        _ rhs: LocalStorageResourceRefInventory
    ) -> Bool {
        guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
        guard ZStackFieldwise.same(lhs.primaryStorageUuid, rhs.primaryStorageUuid) else { return false }
        guard ZStackFieldwise.same(lhs.hostUuid, rhs.hostUuid) else { return false }
        guard ZStackFieldwise.same(lhs.size, rhs.size) else { return false }
        guard ZStackFieldwise.same(lhs.resourceType, rhs.resourceType) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        return ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.resourceUuid)
        hasher.combine(self.primaryStorageUuid)
        hasher.combine(self.hostUuid)
        hasher.combine(self.size)
        hasher.combine(self.resourceType)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
    }
}

nonisolated extension LocalStorageResourceRefInventory {
    /// The fields of ``LocalStorageResourceRefInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.resourceUuid == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``LocalStorageResourceRefInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.resourceUuid`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``LocalStorageResourceRefInventory`` for its own conditions.
        public init() where Root == LocalStorageResourceRefInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``LocalStorageResourceRefInventory`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: ZStackQueryPath) {
            self.pathFromRoot = path
        }

        /// The `resourceUuid` field.
        public var resourceUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "resourceUuid")
        }

        /// 主存储UUID
        public var primaryStorageUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "primaryStorageUuid")
        }

        /// 物理机UUID
        public var hostUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "hostUuid")
        }

        /// The `size` field.
        public var size: ZStackQueryField<Root, Int64> {
            ZStackQueryField(pathFromRoot, "size")
        }

        /// The `resourceType` field.
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
