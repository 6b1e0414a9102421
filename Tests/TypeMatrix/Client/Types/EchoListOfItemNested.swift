/// The value one level down.
public nonisolated struct EchoListOfItemNested: Codable, Sendable, Hashable {
    /// The `value` field.
    public var value: [Item]?

    /// Creates a value.
    ///
    /// - Parameter value: The `value` field.
    public init(value: [Item]? = nil) {
        self.value = value
    }

    private enum CodingKeys: String, CodingKey {
        case value = "value"
    }
}
