public import Foundation

/// 快照组和快照所属关系
public nonisolated final class VolumeSnapshotGroupRefInventory: Codable, Sendable, Hashable {
    /// 云盘快照UUID
    public let volumeSnapshotUuid: String?

    /// 快照组UUID
    public let volumeSnapshotGroupUuid: String?

    /// 打快照时云盘的加载序号
    public let deviceId: Int?

    /// 快照是否已经被删除
    public let snapshotDeleted: Bool?

    /// 云盘UUID
    public let volumeUuid: String?

    /// 云盘的名字
    public let volumeName: String?

    /// 云盘的类型
    public let volumeType: String?

    /// 快照的安装路径
    public let volumeSnapshotInstallPath: String?

    /// 快照的名字
    public let volumeSnapshotName: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - volumeSnapshotUuid: 云盘快照UUID
    ///   - volumeSnapshotGroupUuid: 快照组UUID
    ///   - deviceId: 打快照时云盘的加载序号
    ///   - snapshotDeleted: 快照是否已经被删除
    ///   - volumeUuid: 云盘UUID
    ///   - volumeName: 云盘的名字
    ///   - volumeType: 云盘的类型
    ///   - volumeSnapshotInstallPath: 快照的安装路径
    ///   - volumeSnapshotName: 快照的名字
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        volumeSnapshotUuid: String? = nil,
        volumeSnapshotGroupUuid: String? = nil,
        deviceId: Int? = nil,
        snapshotDeleted: Bool? = nil,
        volumeUuid: String? = nil,
        volumeName: String? = nil,
        volumeType: String? = nil,
        volumeSnapshotInstallPath: String? = nil,
        volumeSnapshotName: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.volumeSnapshotUuid = volumeSnapshotUuid
        self.volumeSnapshotGroupUuid = volumeSnapshotGroupUuid
        self.deviceId = deviceId
        self.snapshotDeleted = snapshotDeleted
        self.volumeUuid = volumeUuid
        self.volumeName = volumeName
        self.volumeType = volumeType
        self.volumeSnapshotInstallPath = volumeSnapshotInstallPath
        self.volumeSnapshotName = volumeSnapshotName
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.volumeSnapshotUuid = try object.optionalValue(String.self, forKey: "volumeSnapshotUuid")
        self.volumeSnapshotGroupUuid = try object.optionalValue(String.self, forKey: "volumeSnapshotGroupUuid")
        self.deviceId = try object.optionalValue(Int.self, forKey: "deviceId")
        self.snapshotDeleted = try object.optionalValue(Bool.self, forKey: "snapshotDeleted")
        self.volumeUuid = try object.optionalValue(String.self, forKey: "volumeUuid")
        self.volumeName = try object.optionalValue(String.self, forKey: "volumeName")
        self.volumeType = try object.optionalValue(String.self, forKey: "volumeType")
        self.volumeSnapshotInstallPath = try object.optionalValue(String.self, forKey: "volumeSnapshotInstallPath")
        self.volumeSnapshotName = try object.optionalValue(String.self, forKey: "volumeSnapshotName")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.volumeSnapshotUuid, forKey: "volumeSnapshotUuid")
        try object.encodeValue(self.volumeSnapshotGroupUuid, forKey: "volumeSnapshotGroupUuid")
        try object.encodeValue(self.deviceId, forKey: "deviceId")
        try object.encodeValue(self.snapshotDeleted, forKey: "snapshotDeleted")
        try object.encodeValue(self.volumeUuid, forKey: "volumeUuid")
        try object.encodeValue(self.volumeName, forKey: "volumeName")
        try object.encodeValue(self.volumeType, forKey: "volumeType")
        try object.encodeValue(self.volumeSnapshotInstallPath, forKey: "volumeSnapshotInstallPath")
        try object.encodeValue(self.volumeSnapshotName, forKey: "volumeSnapshotName")
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
        _ lhs: VolumeSnapshotGroupRefInventory,
        _ rhs: VolumeSnapshotGroupRefInventory
    ) -> Bool {
        guard ZStackFieldwise.same(lhs.volumeSnapshotUuid, rhs.volumeSnapshotUuid) else { return false }
        guard ZStackFieldwise.same(lhs.volumeSnapshotGroupUuid, rhs.volumeSnapshotGroupUuid) else { return false }
        guard ZStackFieldwise.same(lhs.deviceId, rhs.deviceId) else { return false }
        guard ZStackFieldwise.same(lhs.snapshotDeleted, rhs.snapshotDeleted) else { return false }
        guard ZStackFieldwise.same(lhs.volumeUuid, rhs.volumeUuid) else { return false }
        guard ZStackFieldwise.same(lhs.volumeName, rhs.volumeName) else { return false }
        guard ZStackFieldwise.same(lhs.volumeType, rhs.volumeType) else { return false }
        guard ZStackFieldwise.same(lhs.volumeSnapshotInstallPath, rhs.volumeSnapshotInstallPath) else { return false }
        guard ZStackFieldwise.same(lhs.volumeSnapshotName, rhs.volumeSnapshotName) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        return ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.volumeSnapshotUuid)
        hasher.combine(self.volumeSnapshotGroupUuid)
        hasher.combine(self.deviceId)
        hasher.combine(self.snapshotDeleted)
        hasher.combine(self.volumeUuid)
        hasher.combine(self.volumeName)
        hasher.combine(self.volumeType)
        hasher.combine(self.volumeSnapshotInstallPath)
        hasher.combine(self.volumeSnapshotName)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
    }
}

nonisolated extension VolumeSnapshotGroupRefInventory {
    /// The fields of ``VolumeSnapshotGroupRefInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.volumeSnapshotUuid == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``VolumeSnapshotGroupRefInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.volumeSnapshotUuid`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``VolumeSnapshotGroupRefInventory`` for its own conditions.
        public init() where Root == VolumeSnapshotGroupRefInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``VolumeSnapshotGroupRefInventory`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: ZStackQueryPath) {
            self.pathFromRoot = path
        }

        /// 云盘快照UUID
        public var volumeSnapshotUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "volumeSnapshotUuid")
        }

        /// 快照组UUID
        public var volumeSnapshotGroupUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "volumeSnapshotGroupUuid")
        }

        /// 打快照时云盘的加载序号
        public var deviceId: ZStackQueryField<Root, Int> {
            ZStackQueryField(pathFromRoot, "deviceId")
        }

        /// 快照是否已经被删除
        public var snapshotDeleted: ZStackQueryField<Root, Bool> {
            ZStackQueryField(pathFromRoot, "snapshotDeleted")
        }

        /// 云盘UUID
        public var volumeUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "volumeUuid")
        }

        /// 云盘的名字
        public var volumeName: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "volumeName")
        }

        /// 云盘的类型
        public var volumeType: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "volumeType")
        }

        /// 快照的安装路径
        public var volumeSnapshotInstallPath: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "volumeSnapshotInstallPath")
        }

        /// 快照的名字
        public var volumeSnapshotName: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "volumeSnapshotName")
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
