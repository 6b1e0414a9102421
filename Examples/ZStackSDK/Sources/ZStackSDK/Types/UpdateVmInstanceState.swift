/// 云主机状态。**注意**，通常是不应该直接更新云主机状态，否则会导致ZStack对云主机状态发生误判。该字段只应该用在云主机真实状态和ZStack记录状态发生了不一致，而ZStack的同步机制已经失效时（通常意味着bug），并管理员应该完全理解使用该字段的后果时。
///
/// The API may send values that this client does not know; they decode as ``undocumented(_:)`` and encode back
/// unchanged. `Codable`, `Equatable` and `Hashable` are `RawRepresentable`'s: a value is its wire value, a JSON
/// string.
public nonisolated enum UpdateVmInstanceState: Codable, Sendable, Hashable, RawRepresentable {
    /// The value `Stopped`.
    case stopped
    /// The value `Running`.
    case running
    /// A value that the API description does not list, kept as received.
    case undocumented(String)

    /// Creates the case for a wire value; a value that the API description does not list is kept as
    /// ``undocumented(_:)``.
    ///
    /// - Parameter rawValue: The value on the wire.
    public init(rawValue: String) {
        switch rawValue {
        case "Stopped": self = .stopped
        case "Running": self = .running
        default: self = .undocumented(rawValue)
        }
    }

    /// The value on the wire.
    public var rawValue: String {
        switch self {
        case .stopped: return "Stopped"
        case .running: return "Running"
        case .undocumented(let rawValue): return rawValue
        }
    }
}
