public import Foundation

/// 云盘规格清单
public nonisolated struct DiskOfferingInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// 资源名称
    public let name: String?

    /// 资源的详细描述
    public let description: String?

    /// 云盘大小
    public let diskSize: Int64?

    /// The `sortKey` field.
    public let sortKey: Int?

    /// 状态（启动，禁用）
    public let state: String?

    /// 类型
    public let type: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// 分配策略
    public let allocatorStrategy: String?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - diskSize: 云盘大小
    ///   - sortKey: The `sortKey` field.
    ///   - state: 状态（启动，禁用）
    ///   - type: 类型
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - allocatorStrategy: 分配策略
    public init(
        uuid: String? = nil,
        name: String? = nil,
        description: String? = nil,
        diskSize: Int64? = nil,
        sortKey: Int? = nil,
        state: String? = nil,
        type: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        allocatorStrategy: String? = nil
    ) {
        self.uuid = uuid
        self.name = name
        self.description = description
        self.diskSize = diskSize
        self.sortKey = sortKey
        self.state = state
        self.type = type
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.allocatorStrategy = allocatorStrategy
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
        self.diskSize = try object.optionalValue(Int64.self, forKey: "diskSize")
        self.sortKey = try object.optionalValue(Int.self, forKey: "sortKey")
        self.state = try object.optionalValue(String.self, forKey: "state")
        self.type = try object.optionalValue(String.self, forKey: "type")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
        self.allocatorStrategy = try object.optionalValue(String.self, forKey: "allocatorStrategy")
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
        try object.encodeValue(self.diskSize, forKey: "diskSize")
        try object.encodeValue(self.sortKey, forKey: "sortKey")
        try object.encodeValue(self.state, forKey: "state")
        try object.encodeValue(self.type, forKey: "type")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
        try object.encodeValue(self.allocatorStrategy, forKey: "allocatorStrategy")
    }
}

nonisolated extension DiskOfferingInventory {
    /// The fields of ``DiskOfferingInventory`` that the typed conditions of a query compare, each with the type of its values,
    /// such as `$0.uuid == value` in the conditions closure of a query that returns it.
    public enum QueryFields {
        /// 资源的UUID，唯一标示该资源
        public static var uuid: ZStackQueryField<DiskOfferingInventory, String> {
            ZStackQueryField("uuid")
        }

        /// 资源名称
        public static var name: ZStackQueryField<DiskOfferingInventory, String> {
            ZStackQueryField("name")
        }

        /// 资源的详细描述
        public static var description: ZStackQueryField<DiskOfferingInventory, String> {
            ZStackQueryField("description")
        }

        /// 云盘大小
        public static var diskSize: ZStackQueryField<DiskOfferingInventory, Int64> {
            ZStackQueryField("diskSize")
        }

        /// The `sortKey` field.
        public static var sortKey: ZStackQueryField<DiskOfferingInventory, Int> {
            ZStackQueryField("sortKey")
        }

        /// 状态（启动，禁用）
        public static var state: ZStackQueryField<DiskOfferingInventory, String> {
            ZStackQueryField("state")
        }

        /// 类型
        public static var type: ZStackQueryField<DiskOfferingInventory, String> {
            ZStackQueryField("type")
        }

        /// 分配策略
        public static var allocatorStrategy: ZStackQueryField<DiskOfferingInventory, String> {
            ZStackQueryField("allocatorStrategy")
        }
    }
}
