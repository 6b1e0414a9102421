/// 资源级配置的数据结构
public nonisolated struct ResourceConfigStruct: Codable, Sendable, Hashable {
    /// The `value` field.
    public var value: String?

    /// The `effectiveConfigs` field.
    public var effectiveConfigs: [ResourceConfigInventory]?

    /// The `name` field.
    public var name: String?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - value: The `value` field.
    ///   - effectiveConfigs: The `effectiveConfigs` field.
    ///   - name: The `name` field.
    public init(value: String? = nil, effectiveConfigs: [ResourceConfigInventory]? = nil, name: String? = nil) {
        self.value = value
        self.effectiveConfigs = effectiveConfigs
        self.name = name
    }

    private enum CodingKeys: String, CodingKey {
        case value = "value"
        case effectiveConfigs = "effectiveConfigs"
        case name = "name"
    }
}
