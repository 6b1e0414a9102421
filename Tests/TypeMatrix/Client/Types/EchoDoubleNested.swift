/// The value one level down.
public nonisolated struct EchoDoubleNested: Codable, Sendable, Hashable {
    /// The `value` field.
    public var value: Double?

    /// Creates a value.
    ///
    /// - Parameter value: The `value` field.
    public init(value: Double? = nil) {
        self.value = value
    }

    private enum CodingKeys: String, CodingKey {
        case value = "value"
    }
}
