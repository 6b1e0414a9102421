/// For details, see qgaState
///
/// The API may send values that this client does not know; they decode as ``undocumented(_:)`` and encode back
/// unchanged. `Codable`, `Equatable` and `Hashable` are `RawRepresentable`'s: a value is its wire value, a JSON
/// string.
public nonisolated enum GuestToolsQgaState: Codable, Sendable, Hashable, RawRepresentable {
    /// Not installed
    case notInstalled
    /// Running
    case running
    /// Stopped
    case notRunning
    /// Pending upgrade
    case notUpgraded
    /// A value that the API description does not list, kept as received.
    case undocumented(String)

    /// Creates the case for a wire value; a value that the API description does not list is kept as
    /// ``undocumented(_:)``.
    ///
    /// - Parameter rawValue: The value on the wire.
    public init(rawValue: String) {
        switch rawValue {
        case "NotInstalled": self = .notInstalled
        case "Running": self = .running
        case "NotRunning": self = .notRunning
        case "NotUpgraded": self = .notUpgraded
        default: self = .undocumented(rawValue)
        }
    }

    /// The value on the wire.
    public var rawValue: String {
        switch self {
        case .notInstalled: return "NotInstalled"
        case .running: return "Running"
        case .notRunning: return "NotRunning"
        case .notUpgraded: return "NotUpgraded"
        case .undocumented(let rawValue): return rawValue
        }
    }
}
