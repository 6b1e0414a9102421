public import Foundation

/// 资源高级设置
public nonisolated struct ResourceConfigInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// 设置对应的资源UUID
    public var resourceUuid: String?

    /// 设置对应的资源类型
    public var resourceType: String?

    /// 设置名称
    public var name: String?

    /// 设置的详细描述
    public var description: String?

    /// 设置类别
    public var category: String?

    /// 设置的值
    public var value: String?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - resourceUuid: 设置对应的资源UUID
    ///   - resourceType: 设置对应的资源类型
    ///   - name: 设置名称
    ///   - description: 设置的详细描述
    ///   - category: 设置类别
    ///   - value: 设置的值
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        uuid: String? = nil,
        resourceUuid: String? = nil,
        resourceType: String? = nil,
        name: String? = nil,
        description: String? = nil,
        category: String? = nil,
        value: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.uuid = uuid
        self.resourceUuid = resourceUuid
        self.resourceType = resourceType
        self.name = name
        self.description = description
        self.category = category
        self.value = value
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case resourceUuid = "resourceUuid"
        case resourceType = "resourceType"
        case name = "name"
        case description = "description"
        case category = "category"
        case value = "value"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
    }
}
