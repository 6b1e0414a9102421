public import Foundation

/// 标签模版
public nonisolated struct TagPatternInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// 资源名称
    public var name: String?

    /// 标签的值
    public var value: String?

    /// 资源的详细描述
    public var description: String?

    /// 标签的颜色
    public var color: String?

    /// 标签的类型
    public var type: TagPatternType?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 资源名称
    ///   - value: 标签的值
    ///   - description: 资源的详细描述
    ///   - color: 标签的颜色
    ///   - type: 标签的类型
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        uuid: String? = nil,
        name: String? = nil,
        value: String? = nil,
        description: String? = nil,
        color: String? = nil,
        type: TagPatternType? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.uuid = uuid
        self.name = name
        self.value = value
        self.description = description
        self.color = color
        self.type = type
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case name = "name"
        case value = "value"
        case description = "description"
        case color = "color"
        case type = "type"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
    }
}
