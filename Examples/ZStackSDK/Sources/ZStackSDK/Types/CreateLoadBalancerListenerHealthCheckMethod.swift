/// 健康检查方法
///
/// The API may send values that this client does not know; they decode as ``undocumented(_:)`` and encode back
/// unchanged. `Codable`, `Equatable` and `Hashable` are `RawRepresentable`'s: a value is its wire value, a JSON
/// string.
public nonisolated enum CreateLoadBalancerListenerHealthCheckMethod: Codable, Sendable, Hashable, RawRepresentable {
    /// The value `GET`.
    case get
    /// The value `HEAD`.
    case head
    /// A value that the API description does not list, kept as received.
    case undocumented(String)

    /// Creates the case for a wire value; a value that the API description does not list is kept as
    /// ``undocumented(_:)``.
    ///
    /// - Parameter rawValue: The value on the wire.
    public init(rawValue: String) {
        switch rawValue {
        case "GET": self = .get
        case "HEAD": self = .head
        default: self = .undocumented(rawValue)
        }
    }

    /// The value on the wire.
    public var rawValue: String {
        switch self {
        case .get: return "GET"
        case .head: return "HEAD"
        case .undocumented(let rawValue): return rawValue
        }
    }
}
