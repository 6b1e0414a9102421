/// `LoginAuthenticationProcedureDesc`, as the API describes it.
public nonisolated struct LoginAuthenticationProcedureDesc: Codable, Sendable, Hashable {
    /// The `order` field.
    public var order: Int?

    /// 资源名称
    public var name: String?

    /// The `properties` field.
    public var properties: [String: String]?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - order: The `order` field.
    ///   - name: 资源名称
    ///   - properties: The `properties` field.
    public init(order: Int? = nil, name: String? = nil, properties: [String: String]? = nil) {
        self.order = order
        self.name = name
        self.properties = properties
    }

    private enum CodingKeys: String, CodingKey {
        case order = "order"
        case name = "name"
        case properties = "properties"
    }
}
