/// 访问控制策略类型
///
/// The API may send values that this client does not know; they decode as ``undocumented(_:)`` and encode back
/// unchanged. `Codable`, `Equatable` and `Hashable` are `RawRepresentable`'s: a value is its wire value, a JSON
/// string.
public nonisolated enum AddAccessControlListToLoadBalancerAclType: Codable, Sendable, Hashable, RawRepresentable {
    /// The value `white`.
    case white
    /// The value `black`.
    case black
    /// The value `redirect`.
    case redirect
    /// A value that the API description does not list, kept as received.
    case undocumented(String)

    /// Creates the case for a wire value; a value that the API description does not list is kept as
    /// ``undocumented(_:)``.
    ///
    /// - Parameter rawValue: The value on the wire.
    public init(rawValue: String) {
        switch rawValue {
        case "white": self = .white
        case "black": self = .black
        case "redirect": self = .redirect
        default: self = .undocumented(rawValue)
        }
    }

    /// The value on the wire.
    public var rawValue: String {
        switch self {
        case .white: return "white"
        case .black: return "black"
        case .redirect: return "redirect"
        case .undocumented(let rawValue): return rawValue
        }
    }
}
