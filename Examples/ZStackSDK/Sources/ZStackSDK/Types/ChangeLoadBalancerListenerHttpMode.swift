/// 负载均衡HTTP模式
///
/// The API may send values that this client does not know; they decode as ``undocumented(_:)`` and encode back
/// unchanged. `Codable`, `Equatable` and `Hashable` are `RawRepresentable`'s: a value is its wire value, a JSON
/// string.
public nonisolated enum ChangeLoadBalancerListenerHttpMode: Codable, Sendable, Hashable, RawRepresentable {
    /// The value `http-keep-alive`.
    case httpKeepAlive
    /// The value `http-server-close`.
    case httpServerClose
    /// The value `http-tunnel`.
    case httpTunnel
    /// The value `httpclose`.
    case httpclose
    /// The value `forceclose`.
    case forceclose
    /// A value that the API description does not list, kept as received.
    case undocumented(String)

    /// Creates the case for a wire value; a value that the API description does not list is kept as
    /// ``undocumented(_:)``.
    ///
    /// - Parameter rawValue: The value on the wire.
    public init(rawValue: String) {
        switch rawValue {
        case "http-keep-alive": self = .httpKeepAlive
        case "http-server-close": self = .httpServerClose
        case "http-tunnel": self = .httpTunnel
        case "httpclose": self = .httpclose
        case "forceclose": self = .forceclose
        default: self = .undocumented(rawValue)
        }
    }

    /// The value on the wire.
    public var rawValue: String {
        switch self {
        case .httpKeepAlive: return "http-keep-alive"
        case .httpServerClose: return "http-server-close"
        case .httpTunnel: return "http-tunnel"
        case .httpclose: return "httpclose"
        case .forceclose: return "forceclose"
        case .undocumented(let rawValue): return rawValue
        }
    }
}
