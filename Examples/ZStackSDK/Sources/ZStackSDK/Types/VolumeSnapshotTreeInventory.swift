public import Foundation

/// `VolumeSnapshotTreeInventory`, as the API describes it.
public nonisolated final class VolumeSnapshotTreeInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// 云盘UUID
    public let volumeUuid: String?

    /// The `current` field.
    public let current: Bool?

    /// The `tree` field.
    public let tree: ZStackJSONValue?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - volumeUuid: 云盘UUID
    ///   - current: The `current` field.
    ///   - tree: The `tree` field.
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        uuid: String? = nil,
        volumeUuid: String? = nil,
        current: Bool? = nil,
        tree: ZStackJSONValue? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.uuid = uuid
        self.volumeUuid = volumeUuid
        self.current = current
        self.tree = tree
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
        self.volumeUuid = try object.optionalValue(String.self, forKey: "volumeUuid")
        self.current = try object.optionalValue(Bool.self, forKey: "current")
        self.tree = try object.optionalValue(ZStackJSONValue.self, forKey: "tree")
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
        try object.encodeValue(self.volumeUuid, forKey: "volumeUuid")
        try object.encodeValue(self.current, forKey: "current")
        try object.encodeValue(self.tree, forKey: "tree")
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
    public static func fieldsAreEqual(_ lhs: VolumeSnapshotTreeInventory, _ rhs: VolumeSnapshotTreeInventory) -> Bool {
        guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
        guard ZStackFieldwise.same(lhs.volumeUuid, rhs.volumeUuid) else { return false }
        guard ZStackFieldwise.same(lhs.current, rhs.current) else { return false }
        guard ZStackFieldwise.same(lhs.tree, rhs.tree) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        return ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.uuid)
        hasher.combine(self.volumeUuid)
        hasher.combine(self.current)
        hasher.combine(self.tree)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
    }
}

nonisolated extension VolumeSnapshotTreeInventory {
    /// The fields of ``VolumeSnapshotTreeInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.uuid == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``VolumeSnapshotTreeInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.uuid`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``VolumeSnapshotTreeInventory`` for its own conditions.
        public init() where Root == VolumeSnapshotTreeInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``VolumeSnapshotTreeInventory`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: ZStackQueryPath) {
            self.pathFromRoot = path
        }

        /// 资源的UUID，唯一标示该资源
        public var uuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "uuid")
        }

        /// 云盘UUID
        public var volumeUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "volumeUuid")
        }

        /// The `current` field.
        public var current: ZStackQueryField<Root, Bool> {
            ZStackQueryField(pathFromRoot, "current")
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
