/// 健康检查协议
///
/// The API may send values that this client does not know; they decode as ``undocumented(_:)`` and encode back
/// unchanged. `Codable`, `Equatable` and `Hashable` are `RawRepresentable`'s: a value is its wire value, a JSON
/// string.
public nonisolated enum CreateLoadBalancerListenerHealthCheckProtocol: Codable, Sendable, Hashable, RawRepresentable {
    /// The value `tcp`.
    case tcp
    /// The value `udp`.
    case udp
    /// The value `http`.
    case http
    /// A value that the API description does not list, kept as received.
    case undocumented(String)

    /// Creates the case for a wire value; a value that the API description does not list is kept as
    /// ``undocumented(_:)``.
    ///
    /// - Parameter rawValue: The value on the wire.
    public init(rawValue: String) {
        switch rawValue {
        case "tcp": self = .tcp
        case "udp": self = .udp
        case "http": self = .http
        default: self = .undocumented(rawValue)
        }
    }

    /// The value on the wire.
    public var rawValue: String {
        switch self {
        case .tcp: return "tcp"
        case .udp: return "udp"
        case .http: return "http"
        case .undocumented(let rawValue): return rawValue
        }
    }
}
