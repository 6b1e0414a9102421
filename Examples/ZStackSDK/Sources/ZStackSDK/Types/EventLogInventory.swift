public import Foundation

/// Event Log的数据结构
public nonisolated struct EventLogInventory: Codable, Sendable, Hashable {
    /// The `id` field.
    public var id: Int64?

    /// The `content` field.
    public var content: String?

    /// 资源UUID
    public var resourceUuid: String?

    /// The `resourceType` field.
    public var resourceType: String?

    /// The `category` field.
    public var category: String?

    /// The `trackingId` field.
    public var trackingId: String?

    /// The `type` field.
    public var type: String?

    /// The `time` field.
    public var time: Int64?

    /// 创建时间
    public var createDate: Date?

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

    private enum CodingKeys: String, CodingKey {
        case id = "id"
        case content = "content"
        case resourceUuid = "resourceUuid"
        case resourceType = "resourceType"
        case category = "category"
        case trackingId = "trackingId"
        case type = "type"
        case time = "time"
        case createDate = "createDate"
    }
}
