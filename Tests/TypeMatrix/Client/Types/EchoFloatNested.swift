/// The value one level down.
public nonisolated struct EchoFloatNested: Codable, Sendable, Hashable {
    /// The `value` field.
    public var value: Float?

    /// Creates a value.
    ///
    /// - Parameter value: The `value` field.
    public init(value: Float? = nil) {
        self.value = value
    }

    private enum CodingKeys: String, CodingKey {
        case value = "value"
    }
}
