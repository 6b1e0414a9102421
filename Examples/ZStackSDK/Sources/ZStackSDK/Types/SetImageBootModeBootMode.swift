/// 镜像启动模式
///
/// The API may send values that this client does not know; they decode as ``undocumented(_:)`` and encode back
/// unchanged. `Codable`, `Equatable` and `Hashable` are `RawRepresentable`'s: a value is its wire value, a JSON
/// string.
public nonisolated enum SetImageBootModeBootMode: Codable, Sendable, Hashable, RawRepresentable {
    /// The value `Legacy`.
    case legacy
    /// The value `UEFI`.
    case uefi
    /// The value `UEFI_WITH_CSM`.
    case uefiWITHCSM
    /// A value that the API description does not list, kept as received.
    case undocumented(String)

    /// Creates the case for a wire value; a value that the API description does not list is kept as
    /// ``undocumented(_:)``.
    ///
    /// - Parameter rawValue: The value on the wire.
    public init(rawValue: String) {
        switch rawValue {
        case "Legacy": self = .legacy
        case "UEFI": self = .uefi
        case "UEFI_WITH_CSM": self = .uefiWITHCSM
        default: self = .undocumented(rawValue)
        }
    }

    /// The value on the wire.
    public var rawValue: String {
        switch self {
        case .legacy: return "Legacy"
        case .uefi: return "UEFI"
        case .uefiWITHCSM: return "UEFI_WITH_CSM"
        case .undocumented(let rawValue): return rawValue
        }
    }
}
