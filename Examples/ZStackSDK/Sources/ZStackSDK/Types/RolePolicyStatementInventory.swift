public import Foundation

/// `RolePolicyStatementInventory`, as the API describes it.
public nonisolated struct RolePolicyStatementInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// The `statement` field.
    public var statement: PolicyStatement?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - statement: The `statement` field.
    public init(
        uuid: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        statement: PolicyStatement? = nil
    ) {
        self.uuid = uuid
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.statement = statement
    }

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
        case statement = "statement"
    }
}
