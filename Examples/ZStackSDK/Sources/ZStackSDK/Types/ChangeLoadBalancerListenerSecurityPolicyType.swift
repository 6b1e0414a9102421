/// TLS安全策略
///
/// The API may send values that this client does not know; they decode as ``undocumented(_:)`` and encode back
/// unchanged. `Codable`, `Equatable` and `Hashable` are `RawRepresentable`'s: a value is its wire value, a JSON
/// string.
public nonisolated enum ChangeLoadBalancerListenerSecurityPolicyType: Codable, Sendable, Hashable, RawRepresentable {
    /// The value `tls_cipher_policy_default`.
    case tlsCipherPolicyDefault
    /// The value `tls_cipher_policy_1_0`.
    case tlsCipherPolicy10
    /// The value `tls_cipher_policy_1_1`.
    case tlsCipherPolicy11
    /// The value `tls_cipher_policy_1_2`.
    case tlsCipherPolicy12
    /// The value `tls_cipher_policy_1_2_strict`.
    case tlsCipherPolicy12Strict
    /// The value `tls_cipher_policy_1_2_strict_with_1_3`.
    case tlsCipherPolicy12StrictWith13
    /// A value that the API description does not list, kept as received.
    case undocumented(String)

    /// Creates the case for a wire value; a value that the API description does not list is kept as
    /// ``undocumented(_:)``.
    ///
    /// - Parameter rawValue: The value on the wire.
    public init(rawValue: String) {
        switch rawValue {
        case "tls_cipher_policy_default": self = .tlsCipherPolicyDefault
        case "tls_cipher_policy_1_0": self = .tlsCipherPolicy10
        case "tls_cipher_policy_1_1": self = .tlsCipherPolicy11
        case "tls_cipher_policy_1_2": self = .tlsCipherPolicy12
        case "tls_cipher_policy_1_2_strict": self = .tlsCipherPolicy12Strict
        case "tls_cipher_policy_1_2_strict_with_1_3": self = .tlsCipherPolicy12StrictWith13
        default: self = .undocumented(rawValue)
        }
    }

    /// The value on the wire.
    public var rawValue: String {
        switch self {
        case .tlsCipherPolicyDefault: return "tls_cipher_policy_default"
        case .tlsCipherPolicy10: return "tls_cipher_policy_1_0"
        case .tlsCipherPolicy11: return "tls_cipher_policy_1_1"
        case .tlsCipherPolicy12: return "tls_cipher_policy_1_2"
        case .tlsCipherPolicy12Strict: return "tls_cipher_policy_1_2_strict"
        case .tlsCipherPolicy12StrictWith13: return "tls_cipher_policy_1_2_strict_with_1_3"
        case .undocumented(let rawValue): return rawValue
        }
    }
}
