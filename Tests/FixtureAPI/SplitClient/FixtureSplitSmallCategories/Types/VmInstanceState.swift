/// The state of the VM instance
///
/// The API may send values that this client does not know; they decode as ``undocumented(_:)`` and encode back
/// unchanged. `Codable`, `Equatable` and `Hashable` are `RawRepresentable`'s: a value is its wire value, a JSON
/// string.
public nonisolated enum VmInstanceState: Codable, Sendable, Hashable, RawRepresentable {
    /// Created, never started
    case created
    /// Starting
    case starting
    /// Running
    case running
    /// Stopping
    case stopping
    /// Stopped
    case stopped
    /// A value that the API description does not list, kept as received.
    case undocumented(String)

    /// Creates the case for a wire value; a value that the API description does not list is kept as
    /// ``undocumented(_:)``.
    ///
    /// - Parameter rawValue: The value on the wire.
    public init(rawValue: String) {
        switch rawValue {
        case "Created": self = .created
        case "Starting": self = .starting
        case "Running": self = .running
        case "Stopping": self = .stopping
        case "Stopped": self = .stopped
        default: self = .undocumented(rawValue)
        }
    }

    /// The value on the wire.
    public var rawValue: String {
        switch self {
        case .created: return "Created"
        case .starting: return "Starting"
        case .running: return "Running"
        case .stopping: return "Stopping"
        case .stopped: return "Stopped"
        case .undocumented(let rawValue): return rawValue
        }
    }
}
