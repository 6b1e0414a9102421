public import Foundation

/// 快照清单
public nonisolated struct VolumeSnapshotInventory: Codable, Sendable, Hashable {
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
}

nonisolated extension VolumeSnapshotInventory {
    /// The fields of ``VolumeSnapshotInventory`` that the typed conditions of a query compare, each with the type of its values,
    /// such as `$0.uuid == value` in the conditions closure of a query that returns it.
    public enum QueryFields {
        /// 资源的UUID，唯一标示该资源
        public static var uuid: ZStackQueryField<VolumeSnapshotInventory, String> {
            ZStackQueryField("uuid")
        }

        /// 资源名称
        public static var name: ZStackQueryField<VolumeSnapshotInventory, String> {
            ZStackQueryField("name")
        }

        /// 资源的详细描述
        public static var description: ZStackQueryField<VolumeSnapshotInventory, String> {
            ZStackQueryField("description")
        }

        /// The `type` field.
        public static var type: ZStackQueryField<VolumeSnapshotInventory, String> {
            ZStackQueryField("type")
        }

        /// 云盘UUID
        public static var volumeUuid: ZStackQueryField<VolumeSnapshotInventory, String> {
            ZStackQueryField("volumeUuid")
        }

        /// The `treeUuid` field.
        public static var treeUuid: ZStackQueryField<VolumeSnapshotInventory, String> {
            ZStackQueryField("treeUuid")
        }

        /// The `parentUuid` field.
        public static var parentUuid: ZStackQueryField<VolumeSnapshotInventory, String> {
            ZStackQueryField("parentUuid")
        }

        /// 主存储UUID
        public static var primaryStorageUuid: ZStackQueryField<VolumeSnapshotInventory, String> {
            ZStackQueryField("primaryStorageUuid")
        }

        /// The `primaryStorageInstallPath` field.
        public static var primaryStorageInstallPath: ZStackQueryField<VolumeSnapshotInventory, String> {
            ZStackQueryField("primaryStorageInstallPath")
        }

        /// The `volumeType` field.
        public static var volumeType: ZStackQueryField<VolumeSnapshotInventory, String> {
            ZStackQueryField("volumeType")
        }

        /// The `format` field.
        public static var format: ZStackQueryField<VolumeSnapshotInventory, String> {
            ZStackQueryField("format")
        }

        /// The `latest` field.
        public static var latest: ZStackQueryField<VolumeSnapshotInventory, Bool> {
            ZStackQueryField("latest")
        }

        /// The `size` field.
        public static var size: ZStackQueryField<VolumeSnapshotInventory, Int64> {
            ZStackQueryField("size")
        }

        /// The `state` field.
        public static var state: ZStackQueryField<VolumeSnapshotInventory, String> {
            ZStackQueryField("state")
        }

        /// The `status` field.
        public static var status: ZStackQueryField<VolumeSnapshotInventory, String> {
            ZStackQueryField("status")
        }
    }
}
