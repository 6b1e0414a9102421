public import Foundation

/// `RoleInventory`, as the API describes it.
public nonisolated struct RoleInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// 资源名称
    public var name: String?

    /// 资源的详细描述
    public var description: String?

    /// The `type` field.
    public var type: RoleType?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// The `statements` field.
    public var statements: [RolePolicyStatementInventory]?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - type: The `type` field.
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - statements: The `statements` field.
    public init(
        uuid: String? = nil,
        name: String? = nil,
        description: String? = nil,
        type: RoleType? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        statements: [RolePolicyStatementInventory]? = nil
    ) {
        self.uuid = uuid
        self.name = name
        self.description = description
        self.type = type
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.statements = statements
    }

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case name = "name"
        case description = "description"
        case type = "type"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
        case statements = "statements"
    }
}
