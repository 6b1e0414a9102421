/// The value one level down.
public nonisolated struct EchoBooleanNested: Codable, Sendable, Hashable {
    /// The `value` field.
    public var value: Bool?

    /// Creates a value.
    ///
    /// - Parameter value: The `value` field.
    public init(value: Bool? = nil) {
        self.value = value
    }

    private enum CodingKeys: String, CodingKey {
        case value = "value"
    }
}
