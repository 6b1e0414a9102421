public import Foundation

/// 快照组清单
public nonisolated struct VolumeSnapshotGroupInventory: Codable, Sendable, Hashable {
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
}

nonisolated extension VolumeSnapshotGroupInventory {
    /// The fields of ``VolumeSnapshotGroupInventory`` that the typed conditions of a query compare, each with the type of its values,
    /// such as `$0.uuid == value` in the conditions closure of a query that returns it.
    public enum QueryFields {
        /// 资源的UUID，唯一标示该资源
        public static var uuid: ZStackQueryField<VolumeSnapshotGroupInventory, String> {
            ZStackQueryField("uuid")
        }

        /// 组内快照数量
        public static var snapshotCount: ZStackQueryField<VolumeSnapshotGroupInventory, Int> {
            ZStackQueryField("snapshotCount")
        }

        /// 资源名称
        public static var name: ZStackQueryField<VolumeSnapshotGroupInventory, String> {
            ZStackQueryField("name")
        }

        /// 资源的详细描述
        public static var description: ZStackQueryField<VolumeSnapshotGroupInventory, String> {
            ZStackQueryField("description")
        }

        /// 云主机UUID
        public static var vmInstanceUuid: ZStackQueryField<VolumeSnapshotGroupInventory, String> {
            ZStackQueryField("vmInstanceUuid")
        }
    }
}
