/// IPv6地址分配模式
///
/// The API may send values that this client does not know; they decode as ``undocumented(_:)`` and encode back
/// unchanged. `Codable`, `Equatable` and `Hashable` are `RawRepresentable`'s: a value is its wire value, a JSON
/// string.
public nonisolated enum AddIpv6RangeByNetworkCidrAddressMode: Codable, Sendable, Hashable, RawRepresentable {
    /// The value `SLAAC`.
    case slaac
    /// The value `Stateful-DHCP`.
    case statefulDHCP
    /// The value `Stateless-DHCP`.
    case statelessDHCP
    /// A value that the API description does not list, kept as received.
    case undocumented(String)

    /// Creates the case for a wire value; a value that the API description does not list is kept as
    /// ``undocumented(_:)``.
    ///
    /// - Parameter rawValue: The value on the wire.
    public init(rawValue: String) {
        switch rawValue {
        case "SLAAC": self = .slaac
        case "Stateful-DHCP": self = .statefulDHCP
        case "Stateless-DHCP": self = .statelessDHCP
        default: self = .undocumented(rawValue)
        }
    }

    /// The value on the wire.
    public var rawValue: String {
        switch self {
        case .slaac: return "SLAAC"
        case .statefulDHCP: return "Stateful-DHCP"
        case .statelessDHCP: return "Stateless-DHCP"
        case .undocumented(let rawValue): return rawValue
        }
    }
}
