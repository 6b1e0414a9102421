public import Foundation

/// 快照组清单
public nonisolated final class VolumeSnapshotGroupInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// 组内快照数量
    public let snapshotCount: Int?

    /// 资源名称
    public let name: String?

    /// 资源的详细描述
    public let description: String?

    /// 云主机UUID
    public let vmInstanceUuid: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// 组内快照信息
    public let volumeSnapshotRefs: [VolumeSnapshotGroupRefInventory]?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - snapshotCount: 组内快照数量
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - vmInstanceUuid: 云主机UUID
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - volumeSnapshotRefs: 组内快照信息
    public init(
        uuid: String? = nil,
        snapshotCount: Int? = nil,
        name: String? = nil,
        description: String? = nil,
        vmInstanceUuid: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        volumeSnapshotRefs: [VolumeSnapshotGroupRefInventory]? = nil
    ) {
        self.uuid = uuid
        self.snapshotCount = snapshotCount
        self.name = name
        self.description = description
        self.vmInstanceUuid = vmInstanceUuid
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.volumeSnapshotRefs = volumeSnapshotRefs
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.uuid = try object.optionalValue(String.self, forKey: "uuid")
        self.snapshotCount = try object.optionalValue(Int.self, forKey: "snapshotCount")
        self.name = try object.optionalValue(String.self, forKey: "name")
        self.description = try object.optionalValue(String.self, forKey: "description")
        self.vmInstanceUuid = try object.optionalValue(String.self, forKey: "vmInstanceUuid")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
        self.volumeSnapshotRefs = try object.optionalValue(
            [VolumeSnapshotGroupRefInventory].self,
            forKey: "volumeSnapshotRefs"
        )
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.uuid, forKey: "uuid")
        try object.encodeValue(self.snapshotCount, forKey: "snapshotCount")
        try object.encodeValue(self.name, forKey: "name")
        try object.encodeValue(self.description, forKey: "description")
        try object.encodeValue(self.vmInstanceUuid, forKey: "vmInstanceUuid")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
        try object.encodeValue(self.volumeSnapshotRefs, forKey: "volumeSnapshotRefs")
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
        _ lhs: VolumeSnapshotGroupInventory,
        _ rhs: VolumeSnapshotGroupInventory
    ) -> Bool {
        guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
        guard ZStackFieldwise.same(lhs.snapshotCount, rhs.snapshotCount) else { return false }
        guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
        guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
        guard ZStackFieldwise.same(lhs.vmInstanceUuid, rhs.vmInstanceUuid) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        guard ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate) else { return false }
        return ZStackFieldwise.same(lhs.volumeSnapshotRefs, rhs.volumeSnapshotRefs)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.uuid)
        hasher.combine(self.snapshotCount)
        hasher.combine(self.name)
        hasher.combine(self.description)
        hasher.combine(self.vmInstanceUuid)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
        hasher.combine(self.volumeSnapshotRefs)
    }
}

nonisolated extension VolumeSnapshotGroupInventory {
    /// The fields of ``VolumeSnapshotGroupInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.uuid == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``VolumeSnapshotGroupInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.uuid`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``VolumeSnapshotGroupInventory`` for its own conditions.
        public init() where Root == VolumeSnapshotGroupInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``VolumeSnapshotGroupInventory`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: ZStackQueryPath) {
            self.pathFromRoot = path
        }

        /// 资源的UUID，唯一标示该资源
        public var uuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "uuid")
        }

        /// 组内快照数量
        public var snapshotCount: ZStackQueryField<Root, Int> {
            ZStackQueryField(pathFromRoot, "snapshotCount")
        }

        /// 资源名称
        public var name: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "name")
        }

        /// 资源的详细描述
        public var description: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "description")
        }

        /// 云主机UUID
        public var vmInstanceUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "vmInstanceUuid")
        }

        /// 创建时间
        public var createDate: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "createDate")
        }

        /// 最后一次修改时间
        public var lastOpDate: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "lastOpDate")
        }

        /// 组内快照信息. Its fields are compared as `volumeSnapshotRefs.<field>`: an item matches when one of its
        /// `volumeSnapshotRefs` does.
        public var volumeSnapshotRefs: VolumeSnapshotGroupRefInventory.QueryFields<Root> {
            VolumeSnapshotGroupRefInventory.QueryFields(path: pathFromRoot.appending("volumeSnapshotRefs"))
        }
    }
}
