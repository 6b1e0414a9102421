/// 保留域, 请不要使用
///
/// The API may send values that this client does not know; they decode as ``undocumented(_:)`` and encode back
/// unchanged. `Codable`, `Equatable` and `Hashable` are `RawRepresentable`'s: a value is its wire value, a JSON
/// string.
public nonisolated enum CreateClusterTypeValue: Codable, Sendable, Hashable, RawRepresentable {
    /// The value `zstack`.
    case zstack
    /// The value `baremetal`.
    case baremetal
    /// The value `baremetal2`.
    case baremetal2
    /// A value that the API description does not list, kept as received.
    case undocumented(String)

    /// Creates the case for a wire value; a value that the API description does not list is kept as
    /// ``undocumented(_:)``.
    ///
    /// - Parameter rawValue: The value on the wire.
    public init(rawValue: String) {
        switch rawValue {
        case "zstack": self = .zstack
        case "baremetal": self = .baremetal
        case "baremetal2": self = .baremetal2
        default: self = .undocumented(rawValue)
        }
    }

    /// The value on the wire.
    public var rawValue: String {
        switch self {
        case .zstack: return "zstack"
        case .baremetal: return "baremetal"
        case .baremetal2: return "baremetal2"
        case .undocumented(let rawValue): return rawValue
        }
    }
}
