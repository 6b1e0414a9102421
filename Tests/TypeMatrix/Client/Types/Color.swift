/// A closed set of values.
///
/// The API may send values that this client does not know; they decode as ``undocumented(_:)`` and encode back
/// unchanged. `Codable`, `Equatable` and `Hashable` are `RawRepresentable`'s: a value is its wire value, a JSON
/// string.
public nonisolated enum Color: Codable, Sendable, Hashable, RawRepresentable {
    /// Red
    case red
    /// Green
    case green
    /// Blue
    case blue
    /// A value that the API description does not list, kept as received.
    case undocumented(String)

    /// Creates the case for a wire value; a value that the API description does not list is kept as
    /// ``undocumented(_:)``.
    ///
    /// - Parameter rawValue: The value on the wire.
    public init(rawValue: String) {
        switch rawValue {
        case "red": self = .red
        case "green": self = .green
        case "blue": self = .blue
        default: self = .undocumented(rawValue)
        }
    }

    /// The value on the wire.
    public var rawValue: String {
        switch self {
        case .red: return "red"
        case .green: return "green"
        case .blue: return "blue"
        case .undocumented(let rawValue): return rawValue
        }
    }
}
