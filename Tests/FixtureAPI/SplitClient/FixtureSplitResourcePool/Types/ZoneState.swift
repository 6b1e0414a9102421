/// The state of the zone
///
/// The API may send values that this client does not know; they decode as ``undocumented(_:)`` and encode back
/// unchanged. `Codable`, `Equatable` and `Hashable` are `RawRepresentable`'s: a value is its wire value, a JSON
/// string.
public nonisolated enum ZoneState: Codable, Sendable, Hashable, RawRepresentable {
    /// The zone accepts new resources
    case enabled
    /// The zone accepts no new resources
    case disabled
    /// A value that the API description does not list, kept as received.
    case undocumented(String)

    /// Creates the case for a wire value; a value that the API description does not list is kept as
    /// ``undocumented(_:)``.
    ///
    /// - Parameter rawValue: The value on the wire.
    public init(rawValue: String) {
        switch rawValue {
        case "Enabled": self = .enabled
        case "Disabled": self = .disabled
        default: self = .undocumented(rawValue)
        }
    }

    /// The value on the wire.
    public var rawValue: String {
        switch self {
        case .enabled: return "Enabled"
        case .disabled: return "Disabled"
        case .undocumented(let rawValue): return rawValue
        }
    }
}
