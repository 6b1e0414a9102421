/// Ldap服务器的作用范围（账户或者企业管理用户）
///
/// The API may send values that this client does not know; they decode as ``undocumented(_:)`` and encode back
/// unchanged. `Codable`, `Equatable` and `Hashable` are `RawRepresentable`'s: a value is its wire value, a JSON
/// string.
public nonisolated enum AddLdapServerScope: Codable, Sendable, Hashable, RawRepresentable {
    /// The value `account`.
    case account
    /// The value `IAM2`.
    case iam2
    /// A value that the API description does not list, kept as received.
    case undocumented(String)

    /// Creates the case for a wire value; a value that the API description does not list is kept as
    /// ``undocumented(_:)``.
    ///
    /// - Parameter rawValue: The value on the wire.
    public init(rawValue: String) {
        switch rawValue {
        case "account": self = .account
        case "IAM2": self = .iam2
        default: self = .undocumented(rawValue)
        }
    }

    /// The value on the wire.
    public var rawValue: String {
        switch self {
        case .account: return "account"
        case .iam2: return "IAM2"
        case .undocumented(let rawValue): return rawValue
        }
    }
}
