public import Foundation

/// IP组清单列表
public nonisolated struct AccessControlListEntryInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// The `aclUuid` field.
    public var aclUuid: String?

    /// The `type` field.
    public var type: String?

    /// 资源名称
    public var name: String?

    /// The `domain` field.
    public var domain: String?

    /// The `url` field.
    public var url: String?

    /// The `ipEntries` field.
    public var ipEntries: String?

    /// 资源的详细描述
    public var description: String?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - aclUuid: The `aclUuid` field.
    ///   - type: The `type` field.
    ///   - name: 资源名称
    ///   - domain: The `domain` field.
    ///   - url: The `url` field.
    ///   - ipEntries: The `ipEntries` field.
    ///   - description: 资源的详细描述
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        uuid: String? = nil,
        aclUuid: String? = nil,
        type: String? = nil,
        name: String? = nil,
        domain: String? = nil,
        url: String? = nil,
        ipEntries: String? = nil,
        description: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.uuid = uuid
        self.aclUuid = aclUuid
        self.type = type
        self.name = name
        self.domain = domain
        self.url = url
        self.ipEntries = ipEntries
        self.description = description
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case aclUuid = "aclUuid"
        case type = "type"
        case name = "name"
        case domain = "domain"
        case url = "url"
        case ipEntries = "ipEntries"
        case description = "description"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
    }
}
