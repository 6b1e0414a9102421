/// The value one level down.
public nonisolated struct EchoMapOfLongNested: Codable, Sendable, Hashable {
    /// The `value` field.
    public var value: [String: Int64]?

    /// Creates a value.
    ///
    /// - Parameter value: The `value` field.
    public init(value: [String: Int64]? = nil) {
        self.value = value
    }

    private enum CodingKeys: String, CodingKey {
        case value = "value"
    }
}
