/// `VolumeSnapshotBackupStorageRefInventory`, as the API describes it.
public nonisolated final class VolumeSnapshotBackupStorageRefInventory: Codable, Sendable, Hashable {
    /// 云盘快照UUID
    public let volumeSnapshotUuid: String?

    /// 镜像存储UUID
    public let backupStorageUuid: String?

    /// The `installPath` field.
    public let installPath: String?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - volumeSnapshotUuid: 云盘快照UUID
    ///   - backupStorageUuid: 镜像存储UUID
    ///   - installPath: The `installPath` field.
    public init(volumeSnapshotUuid: String? = nil, backupStorageUuid: String? = nil, installPath: String? = nil) {
        self.volumeSnapshotUuid = volumeSnapshotUuid
        self.backupStorageUuid = backupStorageUuid
        self.installPath = installPath
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.volumeSnapshotUuid = try object.optionalValue(String.self, forKey: "volumeSnapshotUuid")
        self.backupStorageUuid = try object.optionalValue(String.self, forKey: "backupStorageUuid")
        self.installPath = try object.optionalValue(String.self, forKey: "installPath")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.volumeSnapshotUuid, forKey: "volumeSnapshotUuid")
        try object.encodeValue(self.backupStorageUuid, forKey: "backupStorageUuid")
        try object.encodeValue(self.installPath, forKey: "installPath")
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
        _ lhs: VolumeSnapshotBackupStorageRefInventory,
        _ rhs: VolumeSnapshotBackupStorageRefInventory
    ) -> Bool {
        guard ZStackFieldwise.same(lhs.volumeSnapshotUuid, rhs.volumeSnapshotUuid) else { return false }
        guard ZStackFieldwise.same(lhs.backupStorageUuid, rhs.backupStorageUuid) else { return false }
        return ZStackFieldwise.same(lhs.installPath, rhs.installPath)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.volumeSnapshotUuid)
        hasher.combine(self.backupStorageUuid)
        hasher.combine(self.installPath)
    }
}

nonisolated extension VolumeSnapshotBackupStorageRefInventory {
    /// The fields of ``VolumeSnapshotBackupStorageRefInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.volumeSnapshotUuid == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``VolumeSnapshotBackupStorageRefInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.volumeSnapshotUuid`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``VolumeSnapshotBackupStorageRefInventory`` for its own conditions.
        public init() where Root == VolumeSnapshotBackupStorageRefInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``VolumeSnapshotBackupStorageRefInventory`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: ZStackQueryPath) {
            self.pathFromRoot = path
        }

        /// 云盘快照UUID
        public var volumeSnapshotUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "volumeSnapshotUuid")
        }

        /// 镜像存储UUID
        public var backupStorageUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "backupStorageUuid")
        }

        /// The `installPath` field.
        public var installPath: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "installPath")
        }
    }
}
