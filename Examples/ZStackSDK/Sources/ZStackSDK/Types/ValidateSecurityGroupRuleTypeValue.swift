/// 安全组规则的方向
///
/// The API may send values that this client does not know; they decode as ``undocumented(_:)`` and encode back
/// unchanged. `Codable`, `Equatable` and `Hashable` are `RawRepresentable`'s: a value is its wire value, a JSON
/// string.
public nonisolated enum ValidateSecurityGroupRuleTypeValue: Codable, Sendable, Hashable, RawRepresentable {
    /// The value `Ingress`.
    case ingress
    /// The value `Egress`.
    case egress
    /// A value that the API description does not list, kept as received.
    case undocumented(String)

    /// Creates the case for a wire value; a value that the API description does not list is kept as
    /// ``undocumented(_:)``.
    ///
    /// - Parameter rawValue: The value on the wire.
    public init(rawValue: String) {
        switch rawValue {
        case "Ingress": self = .ingress
        case "Egress": self = .egress
        default: self = .undocumented(rawValue)
        }
    }

    /// The value on the wire.
    public var rawValue: String {
        switch self {
        case .ingress: return "Ingress"
        case .egress: return "Egress"
        case .undocumented(let rawValue): return rawValue
        }
    }
}
