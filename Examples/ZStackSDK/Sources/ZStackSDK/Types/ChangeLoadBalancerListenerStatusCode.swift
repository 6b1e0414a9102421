/// 重定向状态码
///
/// The API may send values that this client does not know; they decode as ``undocumented(_:)`` and encode back
/// unchanged. `Codable`, `Equatable` and `Hashable` are `RawRepresentable`'s: a value is its wire value, a JSON
/// string.
public nonisolated enum ChangeLoadBalancerListenerStatusCode: Codable, Sendable, Hashable, RawRepresentable {
    /// The value `301`.
    case _301
    /// The value `302`.
    case _302
    /// The value `303`.
    case _303
    /// The value `307`.
    case _307
    /// The value `308`.
    case _308
    /// A value that the API description does not list, kept as received.
    case undocumented(String)

    /// Creates the case for a wire value; a value that the API description does not list is kept as
    /// ``undocumented(_:)``.
    ///
    /// - Parameter rawValue: The value on the wire.
    public init(rawValue: String) {
        switch rawValue {
        case "301": self = ._301
        case "302": self = ._302
        case "303": self = ._303
        case "307": self = ._307
        case "308": self = ._308
        default: self = .undocumented(rawValue)
        }
    }

    /// The value on the wire.
    public var rawValue: String {
        switch self {
        case ._301: return "301"
        case ._302: return "302"
        case ._303: return "303"
        case ._307: return "307"
        case ._308: return "308"
        case .undocumented(let rawValue): return rawValue
        }
    }
}
