/// 策略声明
public nonisolated struct PolicyStatement: Codable, Sendable, Hashable {
    /// 资源名称
    public var name: String?

    /// The `effect` field.
    public var effect: StatementEffect?

    /// The `principals` field.
    public var principals: [String]?

    /// The `actions` field.
    public var actions: [String]?

    /// The `resources` field.
    public var resources: [String]?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - name: 资源名称
    ///   - effect: The `effect` field.
    ///   - principals: The `principals` field.
    ///   - actions: The `actions` field.
    ///   - resources: The `resources` field.
    public init(
        name: String? = nil,
        effect: StatementEffect? = nil,
        principals: [String]? = nil,
        actions: [String]? = nil,
        resources: [String]? = nil
    ) {
        self.name = name
        self.effect = effect
        self.principals = principals
        self.actions = actions
        self.resources = resources
    }

    private enum CodingKeys: String, CodingKey {
        case name = "name"
        case effect = "effect"
        case principals = "principals"
        case actions = "actions"
        case resources = "resources"
    }
}
