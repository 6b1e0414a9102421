/// The value one level down.
public nonisolated struct EchoListOfStringNested: Codable, Sendable, Hashable {
    /// The `value` field.
    public var value: [String]?

    /// Creates a value.
    ///
    /// - Parameter value: The `value` field.
    public init(value: [String]? = nil) {
        self.value = value
    }

    private enum CodingKeys: String, CodingKey {
        case value = "value"
    }
}
