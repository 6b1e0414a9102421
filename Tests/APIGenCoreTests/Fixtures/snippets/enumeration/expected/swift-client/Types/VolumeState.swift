/// The state of a volume.
///
/// The API may send values that this client does not know; they decode as ``undocumented(_:)`` and encode back
/// unchanged. `Codable`, `Equatable` and `Hashable` are `RawRepresentable`'s: a value is its wire value, a JSON
/// string.
public nonisolated enum VolumeState: Codable, Sendable, Hashable, RawRepresentable {
    /// Usable
    case enabled
    /// Not usable
    case disabled
    /// A value that is no Swift name
    case withDash
    /// A Swift keyword
    case `default`
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
        case "with-dash": self = .withDash
        case "default": self = .default
        default: self = .undocumented(rawValue)
        }
    }

    /// The value on the wire.
    public var rawValue: String {
        switch self {
        case .enabled: return "Enabled"
        case .disabled: return "Disabled"
        case .withDash: return "with-dash"
        case .default: return "default"
        case .undocumented(let rawValue): return rawValue
        }
    }
}
