/// The value one level down.
public nonisolated struct EchoListOfListOfIntegerNested: Codable, Sendable, Hashable {
    /// The `value` field.
    public var value: [[Int]]?

    /// Creates a value.
    ///
    /// - Parameter value: The `value` field.
    public init(value: [[Int]]? = nil) {
        self.value = value
    }

    private enum CodingKeys: String, CodingKey {
        case value = "value"
    }
}
