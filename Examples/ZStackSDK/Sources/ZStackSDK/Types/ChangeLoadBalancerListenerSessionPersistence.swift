/// 会话保持模式
///
/// The API may send values that this client does not know; they decode as ``undocumented(_:)`` and encode back
/// unchanged. `Codable`, `Equatable` and `Hashable` are `RawRepresentable`'s: a value is its wire value, a JSON
/// string.
public nonisolated enum ChangeLoadBalancerListenerSessionPersistence: Codable, Sendable, Hashable, RawRepresentable {
    /// The value `disable`.
    case disable
    /// The value `iphash`.
    case iphash
    /// The value `insert`.
    case insert
    /// The value `rewrite`.
    case rewrite
    /// A value that the API description does not list, kept as received.
    case undocumented(String)

    /// Creates the case for a wire value; a value that the API description does not list is kept as
    /// ``undocumented(_:)``.
    ///
    /// - Parameter rawValue: The value on the wire.
    public init(rawValue: String) {
        switch rawValue {
        case "disable": self = .disable
        case "iphash": self = .iphash
        case "insert": self = .insert
        case "rewrite": self = .rewrite
        default: self = .undocumented(rawValue)
        }
    }

    /// The value on the wire.
    public var rawValue: String {
        switch self {
        case .disable: return "disable"
        case .iphash: return "iphash"
        case .insert: return "insert"
        case .rewrite: return "rewrite"
        case .undocumented(let rawValue): return rawValue
        }
    }
}
