/// The value one level down.
public nonisolated struct EchoInlineNested: Codable, Sendable, Hashable {
    /// The `value` field.
    public var value: InlineThing?

    /// Creates a value.
    ///
    /// - Parameter value: The `value` field.
    public init(value: InlineThing? = nil) {
        self.value = value
    }

    private enum CodingKeys: String, CodingKey {
        case value = "value"
    }
}
