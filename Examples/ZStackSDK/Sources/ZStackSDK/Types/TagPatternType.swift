/// 标签模版的类型
public nonisolated struct TagPatternType: Codable, Sendable, Hashable {
    /// 资源名称
    public var name: String?

    /// The `ordinal` field.
    public var ordinal: Int?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - name: 资源名称
    ///   - ordinal: The `ordinal` field.
    public init(name: String? = nil, ordinal: Int? = nil) {
        self.name = name
        self.ordinal = ordinal
    }

    private enum CodingKeys: String, CodingKey {
        case name = "name"
        case ordinal = "ordinal"
    }
}
