/// 地址段类型
///
/// The API may send values that this client does not know; they decode as ``undocumented(_:)`` and encode back
/// unchanged. `Codable`, `Equatable` and `Hashable` are `RawRepresentable`'s: a value is its wire value, a JSON
/// string.
public nonisolated enum AddIpv6RangeByNetworkCidrIpRangeType: Codable, Sendable, Hashable, RawRepresentable {
    /// The value `Normal`.
    case normal
    /// The value `AddressPool`.
    case addressPool
    /// A value that the API description does not list, kept as received.
    case undocumented(String)

    /// Creates the case for a wire value; a value that the API description does not list is kept as
    /// ``undocumented(_:)``.
    ///
    /// - Parameter rawValue: The value on the wire.
    public init(rawValue: String) {
        switch rawValue {
        case "Normal": self = .normal
        case "AddressPool": self = .addressPool
        default: self = .undocumented(rawValue)
        }
    }

    /// The value on the wire.
    public var rawValue: String {
        switch self {
        case .normal: return "Normal"
        case .addressPool: return "AddressPool"
        case .undocumented(let rawValue): return rawValue
        }
    }
}
