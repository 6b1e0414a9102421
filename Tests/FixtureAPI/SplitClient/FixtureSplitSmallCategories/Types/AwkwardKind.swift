/// Its kind
///
/// The API may send values that this client does not know; they decode as ``undocumented(_:)`` and encode back
/// unchanged. `Codable`, `Equatable` and `Hashable` are `RawRepresentable`'s: a value is its wire value, a JSON
/// string.
public nonisolated enum AwkwardKind: Codable, Sendable, Hashable, RawRepresentable {
    /// A value called unknown
    case unknown
    /// A value called undocumented
    case undocumentedValue
    /// A value called rawValue
    case rawValueValue
    /// A value called default
    case `default`
    /// A value with a dash
    case withDash
    /// A value that the API description does not list, kept as received.
    case undocumented(String)

    /// Creates the case for a wire value; a value that the API description does not list is kept as
    /// ``undocumented(_:)``.
    ///
    /// - Parameter rawValue: The value on the wire.
    public init(rawValue: String) {
        switch rawValue {
        case "unknown": self = .unknown
        case "undocumented": self = .undocumentedValue
        case "rawValue": self = .rawValueValue
        case "default": self = .default
        case "with-dash": self = .withDash
        default: self = .undocumented(rawValue)
        }
    }

    /// The value on the wire.
    public var rawValue: String {
        switch self {
        case .unknown: return "unknown"
        case .undocumentedValue: return "undocumented"
        case .rawValueValue: return "rawValue"
        case .default: return "default"
        case .withDash: return "with-dash"
        case .undocumented(let rawValue): return rawValue
        }
    }
}
