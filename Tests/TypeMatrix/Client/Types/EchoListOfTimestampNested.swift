public import Foundation

/// The value one level down.
public nonisolated struct EchoListOfTimestampNested: Codable, Sendable, Hashable {
    /// The `value` field.
    public var value: [Date]?

    /// Creates a value.
    ///
    /// - Parameter value: The `value` field.
    public init(value: [Date]? = nil) {
        self.value = value
    }

    private enum CodingKeys: String, CodingKey {
        case value = "value"
    }
}
