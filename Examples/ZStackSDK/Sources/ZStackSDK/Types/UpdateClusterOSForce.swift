/// 强制
///
/// The API may send values that this client does not know; they decode as ``undocumented(_:)`` and encode back
/// unchanged. `Codable`, `Equatable` and `Hashable` are `RawRepresentable`'s: a value is its wire value, a JSON
/// string.
public nonisolated enum UpdateClusterOSForce: Codable, Sendable, Hashable, RawRepresentable {
    /// The value `true`.
    case `true`
    /// The value `false`.
    case `false`
    /// A value that the API description does not list, kept as received.
    case undocumented(String)

    /// Creates the case for a wire value; a value that the API description does not list is kept as
    /// ``undocumented(_:)``.
    ///
    /// - Parameter rawValue: The value on the wire.
    public init(rawValue: String) {
        switch rawValue {
        case "true": self = .true
        case "false": self = .false
        default: self = .undocumented(rawValue)
        }
    }

    /// The value on the wire.
    public var rawValue: String {
        switch self {
        case .true: return "true"
        case .false: return "false"
        case .undocumented(let rawValue): return rawValue
        }
    }
}
