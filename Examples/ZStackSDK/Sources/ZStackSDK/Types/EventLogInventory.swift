public import Foundation

/// Event Log的数据结构
public nonisolated struct EventLogInventory: Codable, Sendable, Hashable {
    /// The `id` field.
    public let id: Int64?

    /// The `content` field.
    public let content: String?

    /// 资源UUID
    public let resourceUuid: String?

    /// The `resourceType` field.
    public let resourceType: String?

    /// The `category` field.
    public let category: String?

    /// The `trackingId` field.
    public let trackingId: String?

    /// The `type` field.
    public let type: String?

    /// The `time` field.
    public let time: Int64?

    /// 创建时间
    public let createDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - id: The `id` field.
    ///   - content: The `content` field.
    ///   - resourceUuid: 资源UUID
    ///   - resourceType: The `resourceType` field.
    ///   - category: The `category` field.
    ///   - trackingId: The `trackingId` field.
    ///   - type: The `type` field.
    ///   - time: The `time` field.
    ///   - createDate: 创建时间
    public init(
        id: Int64? = nil,
        content: String? = nil,
        resourceUuid: String? = nil,
        resourceType: String? = nil,
        category: String? = nil,
        trackingId: String? = nil,
        type: String? = nil,
        time: Int64? = nil,
        createDate: Date? = nil
    ) {
        self.id = id
        self.content = content
        self.resourceUuid = resourceUuid
        self.resourceType = resourceType
        self.category = category
        self.trackingId = trackingId
        self.type = type
        self.time = time
        self.createDate = createDate
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.id = try object.optionalValue(Int64.self, forKey: "id")
        self.content = try object.optionalValue(String.self, forKey: "content")
        self.resourceUuid = try object.optionalValue(String.self, forKey: "resourceUuid")
        self.resourceType = try object.optionalValue(String.self, forKey: "resourceType")
        self.category = try object.optionalValue(String.self, forKey: "category")
        self.trackingId = try object.optionalValue(String.self, forKey: "trackingId")
        self.type = try object.optionalValue(String.self, forKey: "type")
        self.time = try object.optionalValue(Int64.self, forKey: "time")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.id, forKey: "id")
        try object.encodeValue(self.content, forKey: "content")
        try object.encodeValue(self.resourceUuid, forKey: "resourceUuid")
        try object.encodeValue(self.resourceType, forKey: "resourceType")
        try object.encodeValue(self.category, forKey: "category")
        try object.encodeValue(self.trackingId, forKey: "trackingId")
        try object.encodeValue(self.type, forKey: "type")
        try object.encodeValue(self.time, forKey: "time")
        try object.encodeValue(self.createDate, forKey: "createDate")
    }
}

nonisolated extension EventLogInventory {
    /// The fields of ``EventLogInventory`` that the typed conditions of a query compare, each with the type of its values,
    /// such as `$0.id == value` in the conditions closure of a query that returns it.
    public enum QueryFields {
        /// The `id` field.
        public static var id: ZStackQueryField<EventLogInventory, Int64> {
            ZStackQueryField("id")
        }

        /// The `content` field.
        public static var content: ZStackQueryField<EventLogInventory, String> {
            ZStackQueryField("content")
        }

        /// 资源UUID
        public static var resourceUuid: ZStackQueryField<EventLogInventory, String> {
            ZStackQueryField("resourceUuid")
        }

        /// The `resourceType` field.
        public static var resourceType: ZStackQueryField<EventLogInventory, String> {
            ZStackQueryField("resourceType")
        }

        /// The `category` field.
        public static var category: ZStackQueryField<EventLogInventory, String> {
            ZStackQueryField("category")
        }

        /// The `trackingId` field.
        public static var trackingId: ZStackQueryField<EventLogInventory, String> {
            ZStackQueryField("trackingId")
        }

        /// The `type` field.
        public static var type: ZStackQueryField<EventLogInventory, String> {
            ZStackQueryField("type")
        }

        /// The `time` field.
        public static var time: ZStackQueryField<EventLogInventory, Int64> {
            ZStackQueryField("time")
        }
    }
}
