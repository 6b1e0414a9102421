/// The value one level down.
public nonisolated struct EchoColorNested: Codable, Sendable, Hashable {
    /// The `value` field.
    public var value: Color?

    /// Creates a value.
    ///
    /// - Parameter value: The `value` field.
    public init(value: Color? = nil) {
        self.value = value
    }

    private enum CodingKeys: String, CodingKey {
        case value = "value"
    }
}
