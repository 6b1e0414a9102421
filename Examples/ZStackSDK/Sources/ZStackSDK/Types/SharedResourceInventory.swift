public import Foundation

/// 共享资源清单
public nonisolated struct SharedResourceInventory: Codable, Sendable, Hashable {
    /// 所有者账户UUID
    public var ownerAccountUuid: String?

    /// 接受者账户UUID
    public var receiverAccountUuid: String?

    /// 是否全局共享
    public var toPublic: Bool?

    /// 资源类型
    public var resourceType: String?

    /// 资源UUID
    public var resourceUuid: String?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// 创建时间
    public var createDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - ownerAccountUuid: 所有者账户UUID
    ///   - receiverAccountUuid: 接受者账户UUID
    ///   - toPublic: 是否全局共享
    ///   - resourceType: 资源类型
    ///   - resourceUuid: 资源UUID
    ///   - lastOpDate: 最后一次修改时间
    ///   - createDate: 创建时间
    public init(
        ownerAccountUuid: String? = nil,
        receiverAccountUuid: String? = nil,
        toPublic: Bool? = nil,
        resourceType: String? = nil,
        resourceUuid: String? = nil,
        lastOpDate: Date? = nil,
        createDate: Date? = nil
    ) {
        self.ownerAccountUuid = ownerAccountUuid
        self.receiverAccountUuid = receiverAccountUuid
        self.toPublic = toPublic
        self.resourceType = resourceType
        self.resourceUuid = resourceUuid
        self.lastOpDate = lastOpDate
        self.createDate = createDate
    }

    private enum CodingKeys: String, CodingKey {
        case ownerAccountUuid = "ownerAccountUuid"
        case receiverAccountUuid = "receiverAccountUuid"
        case toPublic = "toPublic"
        case resourceType = "resourceType"
        case resourceUuid = "resourceUuid"
        case lastOpDate = "lastOpDate"
        case createDate = "createDate"
    }
}
