/// The value one level down.
public nonisolated struct EchoMapNested: Codable, Sendable, Hashable {
    /// The `value` field.
    public var value: MatrixJSONValue?

    /// Creates a value.
    ///
    /// - Parameter value: The `value` field.
    public init(value: MatrixJSONValue? = nil) {
        self.value = value
    }

    private enum CodingKeys: String, CodingKey {
        case value = "value"
    }
}
