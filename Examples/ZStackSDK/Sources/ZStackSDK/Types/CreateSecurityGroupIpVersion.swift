/// ip协议号
///
/// The API may send values that this client does not know; they decode as ``undocumented(_:)`` and encode back
/// unchanged. `Codable`, `Equatable` and `Hashable` are `RawRepresentable`'s: a value is its wire value, a JSON
/// string.
public nonisolated enum CreateSecurityGroupIpVersion: Codable, Sendable, Hashable, RawRepresentable {
    /// The value `4`.
    case _4
    /// The value `6`.
    case _6
    /// A value that the API description does not list, kept as received.
    case undocumented(String)

    /// Creates the case for a wire value; a value that the API description does not list is kept as
    /// ``undocumented(_:)``.
    ///
    /// - Parameter rawValue: The value on the wire.
    public init(rawValue: String) {
        switch rawValue {
        case "4": self = ._4
        case "6": self = ._6
        default: self = .undocumented(rawValue)
        }
    }

    /// The value on the wire.
    public var rawValue: String {
        switch self {
        case ._4: return "4"
        case ._6: return "6"
        case .undocumented(let rawValue): return rawValue
        }
    }
}
