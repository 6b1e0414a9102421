/// The value one level down.
public nonisolated struct EchoLongNested: Codable, Sendable, Hashable {
    /// The `value` field.
    public var value: Int64?

    /// Creates a value.
    ///
    /// - Parameter value: The `value` field.
    public init(value: Int64? = nil) {
        self.value = value
    }

    private enum CodingKeys: String, CodingKey {
        case value = "value"
    }
}
