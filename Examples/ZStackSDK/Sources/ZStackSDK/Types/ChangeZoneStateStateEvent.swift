/// 状态触发事件
///
/// The API may send values that this client does not know; they decode as ``undocumented(_:)`` and encode back
/// unchanged. `Codable`, `Equatable` and `Hashable` are `RawRepresentable`'s: a value is its wire value, a JSON
/// string.
public nonisolated enum ChangeZoneStateStateEvent: Codable, Sendable, Hashable, RawRepresentable {
    /// The value `enable`.
    case enable
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
        case "enable": self = .enable
        case "disable": self = .disable
        default: self = .undocumented(rawValue)
        }
    }

    /// The value on the wire.
    public var rawValue: String {
        switch self {
        case .enable: return "enable"
        case .disable: return "disable"
        case .undocumented(let rawValue): return rawValue
        }
    }
}
