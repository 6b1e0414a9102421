/// 任务状态
///
/// The API may send values that this client does not know; they decode as ``undocumented(_:)`` and encode back
/// unchanged. `Codable`, `Equatable` and `Hashable` are `RawRepresentable`'s: a value is its wire value, a JSON
/// string.
public nonisolated enum LongJobState: Codable, Sendable, Hashable, RawRepresentable {
    /// The value `Waiting`.
    case waiting
    /// The value `Suspended`.
    case suspended
    /// The value `Running`.
    case running
    /// The value `Succeeded`.
    case succeeded
    /// The value `Canceling`.
    case canceling
    /// The value `Canceled`.
    case canceled
    /// The value `Failed`.
    case failed
    /// A value that the API description does not list, kept as received.
    case undocumented(String)

    /// Creates the case for a wire value; a value that the API description does not list is kept as
    /// ``undocumented(_:)``.
    ///
    /// - Parameter rawValue: The value on the wire.
    public init(rawValue: String) {
        switch rawValue {
        case "Waiting": self = .waiting
        case "Suspended": self = .suspended
        case "Running": self = .running
        case "Succeeded": self = .succeeded
        case "Canceling": self = .canceling
        case "Canceled": self = .canceled
        case "Failed": self = .failed
        default: self = .undocumented(rawValue)
        }
    }

    /// The value on the wire.
    public var rawValue: String {
        switch self {
        case .waiting: return "Waiting"
        case .suspended: return "Suspended"
        case .running: return "Running"
        case .succeeded: return "Succeeded"
        case .canceling: return "Canceling"
        case .canceled: return "Canceled"
        case .failed: return "Failed"
        case .undocumented(let rawValue): return rawValue
        }
    }
}
