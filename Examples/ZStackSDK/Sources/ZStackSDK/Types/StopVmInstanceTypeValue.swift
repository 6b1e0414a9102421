/// 停止云主机的方式。`grace`：优雅关机，需要云主机里安装了相关ACPI驱动；`cold`：冷关机，相当于直接断电
///
/// The API may send values that this client does not know; they decode as ``undocumented(_:)`` and encode back
/// unchanged. `Codable`, `Equatable` and `Hashable` are `RawRepresentable`'s: a value is its wire value, a JSON
/// string.
public nonisolated enum StopVmInstanceTypeValue: Codable, Sendable, Hashable, RawRepresentable {
    /// The value `grace`.
    case grace
    /// The value `cold`.
    case cold
    /// A value that the API description does not list, kept as received.
    case undocumented(String)

    /// Creates the case for a wire value; a value that the API description does not list is kept as
    /// ``undocumented(_:)``.
    ///
    /// - Parameter rawValue: The value on the wire.
    public init(rawValue: String) {
        switch rawValue {
        case "grace": self = .grace
        case "cold": self = .cold
        default: self = .undocumented(rawValue)
        }
    }

    /// The value on the wire.
    public var rawValue: String {
        switch self {
        case .grace: return "grace"
        case .cold: return "cold"
        case .undocumented(let rawValue): return rawValue
        }
    }
}
