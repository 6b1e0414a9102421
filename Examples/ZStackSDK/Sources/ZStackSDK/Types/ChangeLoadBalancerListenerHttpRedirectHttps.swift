/// http重定向https
///
/// The API may send values that this client does not know; they decode as ``undocumented(_:)`` and encode back
/// unchanged. `Codable`, `Equatable` and `Hashable` are `RawRepresentable`'s: a value is its wire value, a JSON
/// string.
public nonisolated enum ChangeLoadBalancerListenerHttpRedirectHttps: Codable, Sendable, Hashable, RawRepresentable {
    /// The value `disable`.
    case disable
    /// The value `enable`.
    case enable
    /// A value that the API description does not list, kept as received.
    case undocumented(String)

    /// Creates the case for a wire value; a value that the API description does not list is kept as
    /// ``undocumented(_:)``.
    ///
    /// - Parameter rawValue: The value on the wire.
    public init(rawValue: String) {
        switch rawValue {
        case "disable": self = .disable
        case "enable": self = .enable
        default: self = .undocumented(rawValue)
        }
    }

    /// The value on the wire.
    public var rawValue: String {
        switch self {
        case .disable: return "disable"
        case .enable: return "enable"
        case .undocumented(let rawValue): return rawValue
        }
    }
}
