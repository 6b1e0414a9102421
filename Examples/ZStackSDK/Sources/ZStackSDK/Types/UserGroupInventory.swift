public import Foundation

/// 用户组清单
public nonisolated struct UserGroupInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// 账户UUID
    public var accountUuid: String?

    /// 资源名称
    public var name: String?

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
    ///   - accountUuid: 账户UUID
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        uuid: String? = nil,
        accountUuid: String? = nil,
        name: String? = nil,
        description: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.uuid = uuid
        self.accountUuid = accountUuid
        self.name = name
        self.description = description
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case accountUuid = "accountUuid"
        case name = "name"
        case description = "description"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
    }
}
