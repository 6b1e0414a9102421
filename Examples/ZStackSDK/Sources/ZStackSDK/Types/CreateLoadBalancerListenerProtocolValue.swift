/// 协议
///
/// The API may send values that this client does not know; they decode as ``undocumented(_:)`` and encode back
/// unchanged. `Codable`, `Equatable` and `Hashable` are `RawRepresentable`'s: a value is its wire value, a JSON
/// string.
public nonisolated enum CreateLoadBalancerListenerProtocolValue: Codable, Sendable, Hashable, RawRepresentable {
    /// The value `udp`.
    case udp
    /// The value `tcp`.
    case tcp
    /// The value `http`.
    case http
    /// The value `https`.
    case https
    /// A value that the API description does not list, kept as received.
    case undocumented(String)

    /// Creates the case for a wire value; a value that the API description does not list is kept as
    /// ``undocumented(_:)``.
    ///
    /// - Parameter rawValue: The value on the wire.
    public init(rawValue: String) {
        switch rawValue {
        case "udp": self = .udp
        case "tcp": self = .tcp
        case "http": self = .http
        case "https": self = .https
        default: self = .undocumented(rawValue)
        }
    }

    /// The value on the wire.
    public var rawValue: String {
        switch self {
        case .udp: return "udp"
        case .tcp: return "tcp"
        case .http: return "http"
        case .https: return "https"
        case .undocumented(let rawValue): return rawValue
        }
    }
}
