/// 重启方式
///
/// The API may send values that this client does not know; they decode as ``undocumented(_:)`` and encode back
/// unchanged. `Codable`, `Equatable` and `Hashable` are `RawRepresentable`'s: a value is its wire value, a JSON
/// string.
public nonisolated enum PowerResetHostMethod: Codable, Sendable, Hashable, RawRepresentable {
    /// The value `AUTO`.
    case auto
    /// The value `AGENT`.
    case agent
    /// The value `IPMI`.
    case ipmi
    /// A value that the API description does not list, kept as received.
    case undocumented(String)

    /// Creates the case for a wire value; a value that the API description does not list is kept as
    /// ``undocumented(_:)``.
    ///
    /// - Parameter rawValue: The value on the wire.
    public init(rawValue: String) {
        switch rawValue {
        case "AUTO": self = .auto
        case "AGENT": self = .agent
        case "IPMI": self = .ipmi
        default: self = .undocumented(rawValue)
        }
    }

    /// The value on the wire.
    public var rawValue: String {
        switch self {
        case .auto: return "AUTO"
        case .agent: return "AGENT"
        case .ipmi: return "IPMI"
        case .undocumented(let rawValue): return rawValue
        }
    }
}
