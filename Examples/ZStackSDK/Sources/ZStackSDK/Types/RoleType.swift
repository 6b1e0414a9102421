/// `RoleType`, as the API describes it.
public nonisolated struct RoleType: Codable, Sendable, Hashable {
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
