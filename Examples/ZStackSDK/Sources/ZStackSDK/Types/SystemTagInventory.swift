public import Foundation

/// 系统标签清单
public nonisolated struct SystemTagInventory: Codable, Sendable, Hashable {
    /// 内部系统标签
    public var inherent: Bool?

    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// 用户指定的资源UUID，若指定，系统不会为该资源随机分配UUID
    public var resourceUuid: String?

    /// 当创建一个标签时, 用户必须制定标签所关联的资源类型(resource type)
    public var resourceType: String?

    /// 标签字符串
    public var tag: String?

    /// 保留域, 请不要使用它
    public var type: String?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - inherent: 内部系统标签
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - resourceUuid: 用户指定的资源UUID，若指定，系统不会为该资源随机分配UUID
    ///   - resourceType: 当创建一个标签时, 用户必须制定标签所关联的资源类型(resource type)
    ///   - tag: 标签字符串
    ///   - type: 保留域, 请不要使用它
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        inherent: Bool? = nil,
        uuid: String? = nil,
        resourceUuid: String? = nil,
        resourceType: String? = nil,
        tag: String? = nil,
        type: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.inherent = inherent
        self.uuid = uuid
        self.resourceUuid = resourceUuid
        self.resourceType = resourceType
        self.tag = tag
        self.type = type
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    private enum CodingKeys: String, CodingKey {
        case inherent = "inherent"
        case uuid = "uuid"
        case resourceUuid = "resourceUuid"
        case resourceType = "resourceType"
        case tag = "tag"
        case type = "type"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
    }
}
