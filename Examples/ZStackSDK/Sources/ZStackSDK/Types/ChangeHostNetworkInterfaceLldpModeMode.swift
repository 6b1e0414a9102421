/// lldp工作模式
///
/// The API may send values that this client does not know; they decode as ``undocumented(_:)`` and encode back
/// unchanged. `Codable`, `Equatable` and `Hashable` are `RawRepresentable`'s: a value is its wire value, a JSON
/// string.
public nonisolated enum ChangeHostNetworkInterfaceLldpModeMode: Codable, Sendable, Hashable, RawRepresentable {
    /// The value `rx_only`.
    case rxOnly
    /// The value `tx_only`.
    case txOnly
    /// The value `rx_and_tx`.
    case rxAndTx
    /// The value `disable`.
    case disable
    /// A value that the API description does not list, kept as received.
    case undocumented(String)

    /// Creates the case for a wire value; a value that the API description does not list is kept as
    /// ``undocumented(_:)``.
    ///
    /// - Parameter rawValue: The value on the wire.
    public init(rawValue: String) {
        switch rawValue {
        case "rx_only": self = .rxOnly
        case "tx_only": self = .txOnly
        case "rx_and_tx": self = .rxAndTx
        case "disable": self = .disable
        default: self = .undocumented(rawValue)
        }
    }

    /// The value on the wire.
    public var rawValue: String {
        switch self {
        case .rxOnly: return "rx_only"
        case .txOnly: return "tx_only"
        case .rxAndTx: return "rx_and_tx"
        case .disable: return "disable"
        case .undocumented(let rawValue): return rawValue
        }
    }
}
