public import Foundation

/// 根云盘可选主存储
public nonisolated struct PrimaryStorageInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// 区域UUID
    public let zoneUuid: String?

    /// 资源名称
    public let name: String?

    /// The `url` field.
    public let url: String?

    /// 资源的详细描述
    public let description: String?

    /// The `totalCapacity` field.
    public let totalCapacity: Int64?

    /// The `availableCapacity` field.
    public let availableCapacity: Int64?

    /// The `totalPhysicalCapacity` field.
    public let totalPhysicalCapacity: Int64?

    /// The `availablePhysicalCapacity` field.
    public let availablePhysicalCapacity: Int64?

    /// The `systemUsedCapacity` field.
    public let systemUsedCapacity: Int64?

    /// The `type` field.
    public let type: String?

    /// The `state` field.
    public let state: String?

    /// The `status` field.
    public let status: String?

    /// The `mountPath` field.
    public let mountPath: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// The `attachedClusterUuids` field.
    public let attachedClusterUuids: [String]?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - zoneUuid: 区域UUID
    ///   - name: 资源名称
    ///   - url: The `url` field.
    ///   - description: 资源的详细描述
    ///   - totalCapacity: The `totalCapacity` field.
    ///   - availableCapacity: The `availableCapacity` field.
    ///   - totalPhysicalCapacity: The `totalPhysicalCapacity` field.
    ///   - availablePhysicalCapacity: The `availablePhysicalCapacity` field.
    ///   - systemUsedCapacity: The `systemUsedCapacity` field.
    ///   - type: The `type` field.
    ///   - state: The `state` field.
    ///   - status: The `status` field.
    ///   - mountPath: The `mountPath` field.
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - attachedClusterUuids: The `attachedClusterUuids` field.
    public init(
        uuid: String? = nil,
        zoneUuid: String? = nil,
        name: String? = nil,
        url: String? = nil,
        description: String? = nil,
        totalCapacity: Int64? = nil,
        availableCapacity: Int64? = nil,
        totalPhysicalCapacity: Int64? = nil,
        availablePhysicalCapacity: Int64? = nil,
        systemUsedCapacity: Int64? = nil,
        type: String? = nil,
        state: String? = nil,
        status: String? = nil,
        mountPath: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        attachedClusterUuids: [String]? = nil
    ) {
        self.uuid = uuid
        self.zoneUuid = zoneUuid
        self.name = name
        self.url = url
        self.description = description
        self.totalCapacity = totalCapacity
        self.availableCapacity = availableCapacity
        self.totalPhysicalCapacity = totalPhysicalCapacity
        self.availablePhysicalCapacity = availablePhysicalCapacity
        self.systemUsedCapacity = systemUsedCapacity
        self.type = type
        self.state = state
        self.status = status
        self.mountPath = mountPath
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.attachedClusterUuids = attachedClusterUuids
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.uuid = try object.optionalValue(String.self, forKey: "uuid")
        self.zoneUuid = try object.optionalValue(String.self, forKey: "zoneUuid")
        self.name = try object.optionalValue(String.self, forKey: "name")
        self.url = try object.optionalValue(String.self, forKey: "url")
        self.description = try object.optionalValue(String.self, forKey: "description")
        self.totalCapacity = try object.optionalValue(Int64.self, forKey: "totalCapacity")
        self.availableCapacity = try object.optionalValue(Int64.self, forKey: "availableCapacity")
        self.totalPhysicalCapacity = try object.optionalValue(Int64.self, forKey: "totalPhysicalCapacity")
        self.availablePhysicalCapacity = try object.optionalValue(Int64.self, forKey: "availablePhysicalCapacity")
        self.systemUsedCapacity = try object.optionalValue(Int64.self, forKey: "systemUsedCapacity")
        self.type = try object.optionalValue(String.self, forKey: "type")
        self.state = try object.optionalValue(String.self, forKey: "state")
        self.status = try object.optionalValue(String.self, forKey: "status")
        self.mountPath = try object.optionalValue(String.self, forKey: "mountPath")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
        self.attachedClusterUuids = try object.optionalValue([String].self, forKey: "attachedClusterUuids")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.uuid, forKey: "uuid")
        try object.encodeValue(self.zoneUuid, forKey: "zoneUuid")
        try object.encodeValue(self.name, forKey: "name")
        try object.encodeValue(self.url, forKey: "url")
        try object.encodeValue(self.description, forKey: "description")
        try object.encodeValue(self.totalCapacity, forKey: "totalCapacity")
        try object.encodeValue(self.availableCapacity, forKey: "availableCapacity")
        try object.encodeValue(self.totalPhysicalCapacity, forKey: "totalPhysicalCapacity")
        try object.encodeValue(self.availablePhysicalCapacity, forKey: "availablePhysicalCapacity")
        try object.encodeValue(self.systemUsedCapacity, forKey: "systemUsedCapacity")
        try object.encodeValue(self.type, forKey: "type")
        try object.encodeValue(self.state, forKey: "state")
        try object.encodeValue(self.status, forKey: "status")
        try object.encodeValue(self.mountPath, forKey: "mountPath")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
        try object.encodeValue(self.attachedClusterUuids, forKey: "attachedClusterUuids")
    }
}

nonisolated extension PrimaryStorageInventory {
    /// The fields of ``PrimaryStorageInventory`` that the typed conditions of a query compare, each with the type of its values,
    /// such as `$0.uuid == value` in the conditions closure of a query that returns it.
    public enum QueryFields {
        /// 资源的UUID，唯一标示该资源
        public static var uuid: ZStackQueryField<PrimaryStorageInventory, String> {
            ZStackQueryField("uuid")
        }

        /// 区域UUID
        public static var zoneUuid: ZStackQueryField<PrimaryStorageInventory, String> {
            ZStackQueryField("zoneUuid")
        }

        /// 资源名称
        public static var name: ZStackQueryField<PrimaryStorageInventory, String> {
            ZStackQueryField("name")
        }

        /// The `url` field.
        public static var url: ZStackQueryField<PrimaryStorageInventory, String> {
            ZStackQueryField("url")
        }

        /// 资源的详细描述
        public static var description: ZStackQueryField<PrimaryStorageInventory, String> {
            ZStackQueryField("description")
        }

        /// The `totalCapacity` field.
        public static var totalCapacity: ZStackQueryField<PrimaryStorageInventory, Int64> {
            ZStackQueryField("totalCapacity")
        }

        /// The `availableCapacity` field.
        public static var availableCapacity: ZStackQueryField<PrimaryStorageInventory, Int64> {
            ZStackQueryField("availableCapacity")
        }

        /// The `totalPhysicalCapacity` field.
        public static var totalPhysicalCapacity: ZStackQueryField<PrimaryStorageInventory, Int64> {
            ZStackQueryField("totalPhysicalCapacity")
        }

        /// The `availablePhysicalCapacity` field.
        public static var availablePhysicalCapacity: ZStackQueryField<PrimaryStorageInventory, Int64> {
            ZStackQueryField("availablePhysicalCapacity")
        }

        /// The `systemUsedCapacity` field.
        public static var systemUsedCapacity: ZStackQueryField<PrimaryStorageInventory, Int64> {
            ZStackQueryField("systemUsedCapacity")
        }

        /// The `type` field.
        public static var type: ZStackQueryField<PrimaryStorageInventory, String> {
            ZStackQueryField("type")
        }

        /// The `state` field.
        public static var state: ZStackQueryField<PrimaryStorageInventory, String> {
            ZStackQueryField("state")
        }

        /// The `status` field.
        public static var status: ZStackQueryField<PrimaryStorageInventory, String> {
            ZStackQueryField("status")
        }

        /// The `mountPath` field.
        public static var mountPath: ZStackQueryField<PrimaryStorageInventory, String> {
            ZStackQueryField("mountPath")
        }
    }
}
