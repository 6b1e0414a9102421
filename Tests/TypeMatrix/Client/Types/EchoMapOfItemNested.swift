/// The value one level down.
public nonisolated struct EchoMapOfItemNested: Codable, Sendable, Hashable {
    /// The `value` field.
    public var value: [String: Item]?

    /// Creates a value.
    ///
    /// - Parameter value: The `value` field.
    public init(value: [String: Item]? = nil) {
        self.value = value
    }

    private enum CodingKeys: String, CodingKey {
        case value = "value"
    }
}
