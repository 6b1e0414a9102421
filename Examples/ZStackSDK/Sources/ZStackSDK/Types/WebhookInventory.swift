public import Foundation

/// `WebhookInventory`, as the API describes it.
public nonisolated struct WebhookInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// 资源名称
    public var name: String?

    /// 资源的详细描述
    public var description: String?

    /// The `url` field.
    public var url: String?

    /// The `type` field.
    public var type: String?

    /// The `opaque` field.
    public var opaque: String?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - url: The `url` field.
    ///   - type: The `type` field.
    ///   - opaque: The `opaque` field.
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        uuid: String? = nil,
        name: String? = nil,
        description: String? = nil,
        url: String? = nil,
        type: String? = nil,
        opaque: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.uuid = uuid
        self.name = name
        self.description = description
        self.url = url
        self.type = type
        self.opaque = opaque
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case name = "name"
        case description = "description"
        case url = "url"
        case type = "type"
        case opaque = "opaque"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
    }
}
