/// 排序方向
///
/// The API may send values that this client does not know; they decode as ``undocumented(_:)`` and encode back
/// unchanged. `Codable`, `Equatable` and `Hashable` are `RawRepresentable`'s: a value is its wire value, a JSON
/// string.
public nonisolated enum GetL3NetworkIpStatisticSortDirection: Codable, Sendable, Hashable, RawRepresentable {
    /// The value `asc`.
    case asc
    /// The value `desc`.
    case desc
    /// A value that the API description does not list, kept as received.
    case undocumented(String)

    /// Creates the case for a wire value; a value that the API description does not list is kept as
    /// ``undocumented(_:)``.
    ///
    /// - Parameter rawValue: The value on the wire.
    public init(rawValue: String) {
        switch rawValue {
        case "asc": self = .asc
        case "desc": self = .desc
        default: self = .undocumented(rawValue)
        }
    }

    /// The value on the wire.
    public var rawValue: String {
        switch self {
        case .asc: return "asc"
        case .desc: return "desc"
        case .undocumented(let rawValue): return rawValue
        }
    }
}
