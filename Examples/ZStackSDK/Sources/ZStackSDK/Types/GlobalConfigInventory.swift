/// `GlobalConfigInventory`, as the API describes it.
public nonisolated struct GlobalConfigInventory: Codable, Sendable, Hashable {
    /// 资源名称
    public var name: String?

    /// The `category` field.
    public var category: String?

    /// 资源的详细描述
    public var description: String?

    /// The `defaultValue` field.
    public var defaultValue: String?

    /// The `value` field.
    public var value: String?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - name: 资源名称
    ///   - category: The `category` field.
    ///   - description: 资源的详细描述
    ///   - defaultValue: The `defaultValue` field.
    ///   - value: The `value` field.
    public init(
        name: String? = nil,
        category: String? = nil,
        description: String? = nil,
        defaultValue: String? = nil,
        value: String? = nil
    ) {
        self.name = name
        self.category = category
        self.description = description
        self.defaultValue = defaultValue
        self.value = value
    }

    private enum CodingKeys: String, CodingKey {
        case name = "name"
        case category = "category"
        case description = "description"
        case defaultValue = "defaultValue"
        case value = "value"
    }
}
