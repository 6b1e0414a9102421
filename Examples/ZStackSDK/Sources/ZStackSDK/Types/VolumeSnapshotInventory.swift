public import Foundation

/// 快照清单
public nonisolated final class VolumeSnapshotInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// 资源名称
    public let name: String?

    /// 资源的详细描述
    public let description: String?

    /// The `type` field.
    public let type: String?

    /// 云盘UUID
    public let volumeUuid: String?

    /// The `treeUuid` field.
    public let treeUuid: String?

    /// The `parentUuid` field.
    public let parentUuid: String?

    /// 主存储UUID
    public let primaryStorageUuid: String?

    /// The `primaryStorageInstallPath` field.
    public let primaryStorageInstallPath: String?

    /// The `volumeType` field.
    public let volumeType: String?

    /// The `format` field.
    public let format: String?

    /// The `latest` field.
    public let latest: Bool?

    /// The `size` field.
    public let size: Int64?

    /// The `state` field.
    public let state: String?

    /// The `status` field.
    public let status: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// The `backupStorageRefs` field.
    public let backupStorageRefs: [VolumeSnapshotBackupStorageRefInventory]?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - type: The `type` field.
    ///   - volumeUuid: 云盘UUID
    ///   - treeUuid: The `treeUuid` field.
    ///   - parentUuid: The `parentUuid` field.
    ///   - primaryStorageUuid: 主存储UUID
    ///   - primaryStorageInstallPath: The `primaryStorageInstallPath` field.
    ///   - volumeType: The `volumeType` field.
    ///   - format: The `format` field.
    ///   - latest: The `latest` field.
    ///   - size: The `size` field.
    ///   - state: The `state` field.
    ///   - status: The `status` field.
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - backupStorageRefs: The `backupStorageRefs` field.
    public init(
        uuid: String? = nil,
        name: String? = nil,
        description: String? = nil,
        type: String? = nil,
        volumeUuid: String? = nil,
        treeUuid: String? = nil,
        parentUuid: String? = nil,
        primaryStorageUuid: String? = nil,
        primaryStorageInstallPath: String? = nil,
        volumeType: String? = nil,
        format: String? = nil,
        latest: Bool? = nil,
        size: Int64? = nil,
        state: String? = nil,
        status: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        backupStorageRefs: [VolumeSnapshotBackupStorageRefInventory]? = nil
    ) {
        self.uuid = uuid
        self.name = name
        self.description = description
        self.type = type
        self.volumeUuid = volumeUuid
        self.treeUuid = treeUuid
        self.parentUuid = parentUuid
        self.primaryStorageUuid = primaryStorageUuid
        self.primaryStorageInstallPath = primaryStorageInstallPath
        self.volumeType = volumeType
        self.format = format
        self.latest = latest
        self.size = size
        self.state = state
        self.status = status
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.backupStorageRefs = backupStorageRefs
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
        self.type = try object.optionalValue(String.self, forKey: "type")
        self.volumeUuid = try object.optionalValue(String.self, forKey: "volumeUuid")
        self.treeUuid = try object.optionalValue(String.self, forKey: "treeUuid")
        self.parentUuid = try object.optionalValue(String.self, forKey: "parentUuid")
        self.primaryStorageUuid = try object.optionalValue(String.self, forKey: "primaryStorageUuid")
        self.primaryStorageInstallPath = try object.optionalValue(String.self, forKey: "primaryStorageInstallPath")
        self.volumeType = try object.optionalValue(String.self, forKey: "volumeType")
        self.format = try object.optionalValue(String.self, forKey: "format")
        self.latest = try object.optionalValue(Bool.self, forKey: "latest")
        self.size = try object.optionalValue(Int64.self, forKey: "size")
        self.state = try object.optionalValue(String.self, forKey: "state")
        self.status = try object.optionalValue(String.self, forKey: "status")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
        self.backupStorageRefs = try object.optionalValue(
            [VolumeSnapshotBackupStorageRefInventory].self,
            forKey: "backupStorageRefs"
        )
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
        try object.encodeValue(self.type, forKey: "type")
        try object.encodeValue(self.volumeUuid, forKey: "volumeUuid")
        try object.encodeValue(self.treeUuid, forKey: "treeUuid")
        try object.encodeValue(self.parentUuid, forKey: "parentUuid")
        try object.encodeValue(self.primaryStorageUuid, forKey: "primaryStorageUuid")
        try object.encodeValue(self.primaryStorageInstallPath, forKey: "primaryStorageInstallPath")
        try object.encodeValue(self.volumeType, forKey: "volumeType")
        try object.encodeValue(self.format, forKey: "format")
        try object.encodeValue(self.latest, forKey: "latest")
        try object.encodeValue(self.size, forKey: "size")
        try object.encodeValue(self.state, forKey: "state")
        try object.encodeValue(self.status, forKey: "status")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
        try object.encodeValue(self.backupStorageRefs, forKey: "backupStorageRefs")
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
    public static func fieldsAreEqual(_ lhs: VolumeSnapshotInventory, _ rhs: VolumeSnapshotInventory) -> Bool {
        guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
        guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
        guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
        guard ZStackFieldwise.same(lhs.type, rhs.type) else { return false }
        guard ZStackFieldwise.same(lhs.volumeUuid, rhs.volumeUuid) else { return false }
        guard ZStackFieldwise.same(lhs.treeUuid, rhs.treeUuid) else { return false }
        guard ZStackFieldwise.same(lhs.parentUuid, rhs.parentUuid) else { return false }
        guard ZStackFieldwise.same(lhs.primaryStorageUuid, rhs.primaryStorageUuid) else { return false }
        guard ZStackFieldwise.same(lhs.primaryStorageInstallPath, rhs.primaryStorageInstallPath) else { return false }
        guard ZStackFieldwise.same(lhs.volumeType, rhs.volumeType) else { return false }
        guard ZStackFieldwise.same(lhs.format, rhs.format) else { return false }
        guard ZStackFieldwise.same(lhs.latest, rhs.latest) else { return false }
        guard ZStackFieldwise.same(lhs.size, rhs.size) else { return false }
        guard ZStackFieldwise.same(lhs.state, rhs.state) else { return false }
        guard ZStackFieldwise.same(lhs.status, rhs.status) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        guard ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate) else { return false }
        return ZStackFieldwise.same(lhs.backupStorageRefs, rhs.backupStorageRefs)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.uuid)
        hasher.combine(self.name)
        hasher.combine(self.description)
        hasher.combine(self.type)
        hasher.combine(self.volumeUuid)
        hasher.combine(self.treeUuid)
        hasher.combine(self.parentUuid)
        hasher.combine(self.primaryStorageUuid)
        hasher.combine(self.primaryStorageInstallPath)
        hasher.combine(self.volumeType)
        hasher.combine(self.format)
        hasher.combine(self.latest)
        hasher.combine(self.size)
        hasher.combine(self.state)
        hasher.combine(self.status)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
        hasher.combine(self.backupStorageRefs)
    }
}

nonisolated extension VolumeSnapshotInventory {
    /// The fields of ``VolumeSnapshotInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.uuid == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``VolumeSnapshotInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.uuid`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``VolumeSnapshotInventory`` for its own conditions.
        public init() where Root == VolumeSnapshotInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``VolumeSnapshotInventory`` reached from `Root` through the fields that `path` names.
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

        /// The `type` field.
        public var type: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "type")
        }

        /// 云盘UUID
        public var volumeUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "volumeUuid")
        }

        /// The `treeUuid` field.
        public var treeUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "treeUuid")
        }

        /// The `parentUuid` field.
        public var parentUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "parentUuid")
        }

        /// 主存储UUID
        public var primaryStorageUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "primaryStorageUuid")
        }

        /// The `primaryStorageInstallPath` field.
        public var primaryStorageInstallPath: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "primaryStorageInstallPath")
        }

        /// The `volumeType` field.
        public var volumeType: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "volumeType")
        }

        /// The `format` field.
        public var format: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "format")
        }

        /// The `latest` field.
        public var latest: ZStackQueryField<Root, Bool> {
            ZStackQueryField(pathFromRoot, "latest")
        }

        /// The `size` field.
        public var size: ZStackQueryField<Root, Int64> {
            ZStackQueryField(pathFromRoot, "size")
        }

        /// The `state` field.
        public var state: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "state")
        }

        /// The `status` field.
        public var status: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "status")
        }

        /// 创建时间
        public var createDate: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "createDate")
        }

        /// 最后一次修改时间
        public var lastOpDate: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "lastOpDate")
        }

        /// The `backupStorageRefs` field. Its fields are compared as `backupStorageRefs.<field>`: an item matches when
        /// one of its `backupStorageRefs` does.
        public var backupStorageRefs: VolumeSnapshotBackupStorageRefInventory.QueryFields<Root> {
            VolumeSnapshotBackupStorageRefInventory.QueryFields(path: pathFromRoot.appending("backupStorageRefs"))
        }
    }
}
