public import Foundation

/// 会话清单
public nonisolated struct SessionInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// 账户UUID
    public var accountUuid: String?

    /// 用户UUID
    public var userUuid: String?

    /// The `expiredDate` field.
    public var expiredDate: Date?

    /// 创建时间
    public var createDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - accountUuid: 账户UUID
    ///   - userUuid: 用户UUID
    ///   - expiredDate: The `expiredDate` field.
    ///   - createDate: 创建时间
    public init(
        uuid: String? = nil,
        accountUuid: String? = nil,
        userUuid: String? = nil,
        expiredDate: Date? = nil,
        createDate: Date? = nil
    ) {
        self.uuid = uuid
        self.accountUuid = accountUuid
        self.userUuid = userUuid
        self.expiredDate = expiredDate
        self.createDate = createDate
    }

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case accountUuid = "accountUuid"
        case userUuid = "userUuid"
        case expiredDate = "expiredDate"
        case createDate = "createDate"
    }
}
