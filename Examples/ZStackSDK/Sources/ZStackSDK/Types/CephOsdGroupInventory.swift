public import Foundation

/// CephOsdGroup结构体
public nonisolated final class CephOsdGroupInventory: Codable, Sendable, Hashable {
    /// 主存储UUID
    public let primaryStorageUuid: String?

    /// The `osds` field.
    public let osds: String?

    /// The `availableCapacity` field.
    public let availableCapacity: Int64?

    /// The `availablePhysicalCapacity` field.
    public let availablePhysicalCapacity: Int64?

    /// The `totalPhysicalCapacity` field.
    public let totalPhysicalCapacity: Int64?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - primaryStorageUuid: 主存储UUID
    ///   - osds: The `osds` field.
    ///   - availableCapacity: The `availableCapacity` field.
    ///   - availablePhysicalCapacity: The `availablePhysicalCapacity` field.
    ///   - totalPhysicalCapacity: The `totalPhysicalCapacity` field.
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - uuid: 资源的UUID，唯一标示该资源
    public init(
        primaryStorageUuid: String? = nil,
        osds: String? = nil,
        availableCapacity: Int64? = nil,
        availablePhysicalCapacity: Int64? = nil,
        totalPhysicalCapacity: Int64? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        uuid: String? = nil
    ) {
        self.primaryStorageUuid = primaryStorageUuid
        self.osds = osds
        self.availableCapacity = availableCapacity
        self.availablePhysicalCapacity = availablePhysicalCapacity
        self.totalPhysicalCapacity = totalPhysicalCapacity
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.uuid = uuid
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.primaryStorageUuid = try object.optionalValue(String.self, forKey: "primaryStorageUuid")
        self.osds = try object.optionalValue(String.self, forKey: "osds")
        self.availableCapacity = try object.optionalValue(Int64.self, forKey: "availableCapacity")
        self.availablePhysicalCapacity = try object.optionalValue(Int64.self, forKey: "availablePhysicalCapacity")
        self.totalPhysicalCapacity = try object.optionalValue(Int64.self, forKey: "totalPhysicalCapacity")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
        self.uuid = try object.optionalValue(String.self, forKey: "uuid")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.primaryStorageUuid, forKey: "primaryStorageUuid")
        try object.encodeValue(self.osds, forKey: "osds")
        try object.encodeValue(self.availableCapacity, forKey: "availableCapacity")
        try object.encodeValue(self.availablePhysicalCapacity, forKey: "availablePhysicalCapacity")
        try object.encodeValue(self.totalPhysicalCapacity, forKey: "totalPhysicalCapacity")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
        try object.encodeValue(self.uuid, forKey: "uuid")
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
    public static func fieldsAreEqual(_ lhs: CephOsdGroupInventory, _ rhs: CephOsdGroupInventory) -> Bool {
        guard ZStackFieldwise.same(lhs.primaryStorageUuid, rhs.primaryStorageUuid) else { return false }
        guard ZStackFieldwise.same(lhs.osds, rhs.osds) else { return false }
        guard ZStackFieldwise.same(lhs.availableCapacity, rhs.availableCapacity) else { return false }
        guard ZStackFieldwise.same(lhs.availablePhysicalCapacity, rhs.availablePhysicalCapacity) else { return false }
        guard ZStackFieldwise.same(lhs.totalPhysicalCapacity, rhs.totalPhysicalCapacity) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        guard ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate) else { return false }
        return ZStackFieldwise.same(lhs.uuid, rhs.uuid)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.primaryStorageUuid)
        hasher.combine(self.osds)
        hasher.combine(self.availableCapacity)
        hasher.combine(self.availablePhysicalCapacity)
        hasher.combine(self.totalPhysicalCapacity)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
        hasher.combine(self.uuid)
    }
}

nonisolated extension CephOsdGroupInventory {
    /// The fields of ``CephOsdGroupInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.primaryStorageUuid == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``CephOsdGroupInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.primaryStorageUuid`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``CephOsdGroupInventory`` for its own conditions.
        public init() where Root == CephOsdGroupInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``CephOsdGroupInventory`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: ZStackQueryPath) {
            self.pathFromRoot = path
        }

        /// 主存储UUID
        public var primaryStorageUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "primaryStorageUuid")
        }

        /// The `osds` field.
        public var osds: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "osds")
        }

        /// The `availableCapacity` field.
        public var availableCapacity: ZStackQueryField<Root, Int64> {
            ZStackQueryField(pathFromRoot, "availableCapacity")
        }

        /// The `availablePhysicalCapacity` field.
        public var availablePhysicalCapacity: ZStackQueryField<Root, Int64> {
            ZStackQueryField(pathFromRoot, "availablePhysicalCapacity")
        }

        /// The `totalPhysicalCapacity` field.
        public var totalPhysicalCapacity: ZStackQueryField<Root, Int64> {
            ZStackQueryField(pathFromRoot, "totalPhysicalCapacity")
        }

        /// 创建时间
        public var createDate: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "createDate")
        }

        /// 最后一次修改时间
        public var lastOpDate: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "lastOpDate")
        }

        /// 资源的UUID，唯一标示该资源
        public var uuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "uuid")
        }
    }
}
