public import Foundation

/// 账户与资源间引用关系清单
public nonisolated struct AccountResourceRefInventory: Codable, Sendable, Hashable {
    /// 账户UUID
    public var accountUuid: String?

    /// 资源UUID
    public var resourceUuid: String?

    /// 资源类型
    public var resourceType: String?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - accountUuid: 账户UUID
    ///   - resourceUuid: 资源UUID
    ///   - resourceType: 资源类型
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        accountUuid: String? = nil,
        resourceUuid: String? = nil,
        resourceType: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.accountUuid = accountUuid
        self.resourceUuid = resourceUuid
        self.resourceType = resourceType
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    private enum CodingKeys: String, CodingKey {
        case accountUuid = "accountUuid"
        case resourceUuid = "resourceUuid"
        case resourceType = "resourceType"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
    }
}
