public import Foundation

/// `VolumeSnapshotTreeInventory`, as the API describes it.
public nonisolated struct VolumeSnapshotTreeInventory: Codable, Sendable, Hashable {
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
}

nonisolated extension VolumeSnapshotTreeInventory {
    /// The fields of ``VolumeSnapshotTreeInventory`` that the typed conditions of a query compare, each with the type of its values,
    /// such as `$0.uuid == value` in the conditions closure of a query that returns it.
    public enum QueryFields {
        /// 资源的UUID，唯一标示该资源
        public static var uuid: ZStackQueryField<VolumeSnapshotTreeInventory, String> {
            ZStackQueryField("uuid")
        }

        /// 云盘UUID
        public static var volumeUuid: ZStackQueryField<VolumeSnapshotTreeInventory, String> {
            ZStackQueryField("volumeUuid")
        }

        /// The `current` field.
        public static var current: ZStackQueryField<VolumeSnapshotTreeInventory, Bool> {
            ZStackQueryField("current")
        }
    }
}
