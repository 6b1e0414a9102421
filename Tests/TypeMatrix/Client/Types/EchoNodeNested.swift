/// The value one level down.
public nonisolated struct EchoNodeNested: Codable, Sendable, Hashable {
    /// The `value` field.
    public var value: Node?

    /// Creates a value.
    ///
    /// - Parameter value: The `value` field.
    public init(value: Node? = nil) {
        self.value = value
    }

    private enum CodingKeys: String, CodingKey {
        case value = "value"
    }
}
