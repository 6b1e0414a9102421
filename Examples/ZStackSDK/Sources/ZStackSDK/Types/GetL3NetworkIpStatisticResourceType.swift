/// 统计资源类型
///
/// The API may send values that this client does not know; they decode as ``undocumented(_:)`` and encode back
/// unchanged. `Codable`, `Equatable` and `Hashable` are `RawRepresentable`'s: a value is its wire value, a JSON
/// string.
public nonisolated enum GetL3NetworkIpStatisticResourceType: Codable, Sendable, Hashable, RawRepresentable {
    /// The value `All`.
    case all
    /// The value `Vip`.
    case vip
    /// The value `VM`.
    case vm
    /// A value that the API description does not list, kept as received.
    case undocumented(String)

    /// Creates the case for a wire value; a value that the API description does not list is kept as
    /// ``undocumented(_:)``.
    ///
    /// - Parameter rawValue: The value on the wire.
    public init(rawValue: String) {
        switch rawValue {
        case "All": self = .all
        case "Vip": self = .vip
        case "VM": self = .vm
        default: self = .undocumented(rawValue)
        }
    }

    /// The value on the wire.
    public var rawValue: String {
        switch self {
        case .all: return "All"
        case .vip: return "Vip"
        case .vm: return "VM"
        case .undocumented(let rawValue): return rawValue
        }
    }
}
