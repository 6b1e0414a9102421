public import Foundation

/// 访问控制策略组清单
public nonisolated struct AccessControlListInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// 资源名称
    public var name: String?

    /// IP地址版本
    public var ipVersion: Int?

    /// 资源的详细描述
    public var description: String?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// IP组清单列表
    public var entries: [AccessControlListEntryInventory]?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 资源名称
    ///   - ipVersion: IP地址版本
    ///   - description: 资源的详细描述
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - entries: IP组清单列表
    public init(
        uuid: String? = nil,
        name: String? = nil,
        ipVersion: Int? = nil,
        description: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        entries: [AccessControlListEntryInventory]? = nil
    ) {
        self.uuid = uuid
        self.name = name
        self.ipVersion = ipVersion
        self.description = description
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.entries = entries
    }

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case name = "name"
        case ipVersion = "ipVersion"
        case description = "description"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
        case entries = "entries"
    }
}
