/// The value one level down.
public nonisolated struct EchoMapOfColorNested: Codable, Sendable, Hashable {
    /// The `value` field.
    public var value: [String: Color]?

    /// Creates a value.
    ///
    /// - Parameter value: The `value` field.
    public init(value: [String: Color]? = nil) {
        self.value = value
    }

    private enum CodingKeys: String, CodingKey {
        case value = "value"
    }
}
