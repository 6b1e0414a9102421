/// 负载均衡算法
///
/// The API may send values that this client does not know; they decode as ``undocumented(_:)`` and encode back
/// unchanged. `Codable`, `Equatable` and `Hashable` are `RawRepresentable`'s: a value is its wire value, a JSON
/// string.
public nonisolated enum ChangeLoadBalancerListenerBalancerAlgorithm: Codable, Sendable, Hashable, RawRepresentable {
    /// The value `weightroundrobin`.
    case weightroundrobin
    /// The value `roundrobin`.
    case roundrobin
    /// The value `leastconn`.
    case leastconn
    /// The value `source`.
    case source
    /// A value that the API description does not list, kept as received.
    case undocumented(String)

    /// Creates the case for a wire value; a value that the API description does not list is kept as
    /// ``undocumented(_:)``.
    ///
    /// - Parameter rawValue: The value on the wire.
    public init(rawValue: String) {
        switch rawValue {
        case "weightroundrobin": self = .weightroundrobin
        case "roundrobin": self = .roundrobin
        case "leastconn": self = .leastconn
        case "source": self = .source
        default: self = .undocumented(rawValue)
        }
    }

    /// The value on the wire.
    public var rawValue: String {
        switch self {
        case .weightroundrobin: return "weightroundrobin"
        case .roundrobin: return "roundrobin"
        case .leastconn: return "leastconn"
        case .source: return "source"
        case .undocumented(let rawValue): return rawValue
        }
    }
}
