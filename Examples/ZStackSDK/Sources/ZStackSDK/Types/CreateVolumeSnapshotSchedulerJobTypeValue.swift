/// 定时任务类型，支持'simple'和'cron'两种类型
///
/// The API may send values that this client does not know; they decode as ``undocumented(_:)`` and encode back
/// unchanged. `Codable`, `Equatable` and `Hashable` are `RawRepresentable`'s: a value is its wire value, a JSON
/// string.
public nonisolated enum CreateVolumeSnapshotSchedulerJobTypeValue: Codable, Sendable, Hashable, RawRepresentable {
    /// The value `simple`.
    case simple
    /// The value `cron`.
    case cron
    /// A value that the API description does not list, kept as received.
    case undocumented(String)

    /// Creates the case for a wire value; a value that the API description does not list is kept as
    /// ``undocumented(_:)``.
    ///
    /// - Parameter rawValue: The value on the wire.
    public init(rawValue: String) {
        switch rawValue {
        case "simple": self = .simple
        case "cron": self = .cron
        default: self = .undocumented(rawValue)
        }
    }

    /// The value on the wire.
    public var rawValue: String {
        switch self {
        case .simple: return "simple"
        case .cron: return "cron"
        case .undocumented(let rawValue): return rawValue
        }
    }
}
