public import Foundation

/// `CephPrimaryStoragePoolInventory`, as the API describes it.
public nonisolated struct CephPrimaryStoragePoolInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// 主存储UUID
    public let primaryStorageUuid: String?

    /// The `poolName` field.
    public let poolName: String?

    /// The `aliasName` field.
    public let aliasName: String?

    /// 资源的详细描述
    public let description: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// The `type` field.
    public let type: String?

    /// The `availableCapacity` field.
    public let availableCapacity: Int64?

    /// The `usedCapacity` field.
    public let usedCapacity: Int64?

    /// The `replicatedSize` field.
    public let replicatedSize: Int?

    /// The `totalCapacity` field.
    public let totalCapacity: Int64?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - primaryStorageUuid: 主存储UUID
    ///   - poolName: The `poolName` field.
    ///   - aliasName: The `aliasName` field.
    ///   - description: 资源的详细描述
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - type: The `type` field.
    ///   - availableCapacity: The `availableCapacity` field.
    ///   - usedCapacity: The `usedCapacity` field.
    ///   - replicatedSize: The `replicatedSize` field.
    ///   - totalCapacity: The `totalCapacity` field.
    public init(
        uuid: String? = nil,
        primaryStorageUuid: String? = nil,
        poolName: String? = nil,
        aliasName: String? = nil,
        description: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        type: String? = nil,
        availableCapacity: Int64? = nil,
        usedCapacity: Int64? = nil,
        replicatedSize: Int? = nil,
        totalCapacity: Int64? = nil
    ) {
        self.uuid = uuid
        self.primaryStorageUuid = primaryStorageUuid
        self.poolName = poolName
        self.aliasName = aliasName
        self.description = description
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.type = type
        self.availableCapacity = availableCapacity
        self.usedCapacity = usedCapacity
        self.replicatedSize = replicatedSize
        self.totalCapacity = totalCapacity
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.uuid = try object.optionalValue(String.self, forKey: "uuid")
        self.primaryStorageUuid = try object.optionalValue(String.self, forKey: "primaryStorageUuid")
        self.poolName = try object.optionalValue(String.self, forKey: "poolName")
        self.aliasName = try object.optionalValue(String.self, forKey: "aliasName")
        self.description = try object.optionalValue(String.self, forKey: "description")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
        self.type = try object.optionalValue(String.self, forKey: "type")
        self.availableCapacity = try object.optionalValue(Int64.self, forKey: "availableCapacity")
        self.usedCapacity = try object.optionalValue(Int64.self, forKey: "usedCapacity")
        self.replicatedSize = try object.optionalValue(Int.self, forKey: "replicatedSize")
        self.totalCapacity = try object.optionalValue(Int64.self, forKey: "totalCapacity")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.uuid, forKey: "uuid")
        try object.encodeValue(self.primaryStorageUuid, forKey: "primaryStorageUuid")
        try object.encodeValue(self.poolName, forKey: "poolName")
        try object.encodeValue(self.aliasName, forKey: "aliasName")
        try object.encodeValue(self.description, forKey: "description")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
        try object.encodeValue(self.type, forKey: "type")
        try object.encodeValue(self.availableCapacity, forKey: "availableCapacity")
        try object.encodeValue(self.usedCapacity, forKey: "usedCapacity")
        try object.encodeValue(self.replicatedSize, forKey: "replicatedSize")
        try object.encodeValue(self.totalCapacity, forKey: "totalCapacity")
    }
}

nonisolated extension CephPrimaryStoragePoolInventory {
    /// The fields of ``CephPrimaryStoragePoolInventory`` that the typed conditions of a query compare, each with the type of its values,
    /// such as `$0.uuid == value` in the conditions closure of a query that returns it.
    public enum QueryFields {
        /// 资源的UUID，唯一标示该资源
        public static var uuid: ZStackQueryField<CephPrimaryStoragePoolInventory, String> {
            ZStackQueryField("uuid")
        }

        /// 主存储UUID
        public static var primaryStorageUuid: ZStackQueryField<CephPrimaryStoragePoolInventory, String> {
            ZStackQueryField("primaryStorageUuid")
        }

        /// The `poolName` field.
        public static var poolName: ZStackQueryField<CephPrimaryStoragePoolInventory, String> {
            ZStackQueryField("poolName")
        }

        /// The `aliasName` field.
        public static var aliasName: ZStackQueryField<CephPrimaryStoragePoolInventory, String> {
            ZStackQueryField("aliasName")
        }

        /// 资源的详细描述
        public static var description: ZStackQueryField<CephPrimaryStoragePoolInventory, String> {
            ZStackQueryField("description")
        }

        /// The `type` field.
        public static var type: ZStackQueryField<CephPrimaryStoragePoolInventory, String> {
            ZStackQueryField("type")
        }

        /// The `availableCapacity` field.
        public static var availableCapacity: ZStackQueryField<CephPrimaryStoragePoolInventory, Int64> {
            ZStackQueryField("availableCapacity")
        }

        /// The `usedCapacity` field.
        public static var usedCapacity: ZStackQueryField<CephPrimaryStoragePoolInventory, Int64> {
            ZStackQueryField("usedCapacity")
        }

        /// The `replicatedSize` field.
        public static var replicatedSize: ZStackQueryField<CephPrimaryStoragePoolInventory, Int> {
            ZStackQueryField("replicatedSize")
        }

        /// The `totalCapacity` field.
        public static var totalCapacity: ZStackQueryField<CephPrimaryStoragePoolInventory, Int64> {
            ZStackQueryField("totalCapacity")
        }
    }
}
