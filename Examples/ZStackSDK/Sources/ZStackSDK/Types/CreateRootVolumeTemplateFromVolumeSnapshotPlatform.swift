/// 根云盘系统平台
///
/// The API may send values that this client does not know; they decode as ``undocumented(_:)`` and encode back
/// unchanged. `Codable`, `Equatable` and `Hashable` are `RawRepresentable`'s: a value is its wire value, a JSON
/// string.
public nonisolated enum CreateRootVolumeTemplateFromVolumeSnapshotPlatform: Codable, Sendable, Hashable, RawRepresentable {
    /// The value `Linux`.
    case linux
    /// The value `Windows`.
    case windows
    /// The value `Other`.
    case other
    /// The value `Paravirtualization`.
    case paravirtualization
    /// The value `WindowsVirtio`.
    case windowsVirtio
    /// A value that the API description does not list, kept as received.
    case undocumented(String)

    /// Creates the case for a wire value; a value that the API description does not list is kept as
    /// ``undocumented(_:)``.
    ///
    /// - Parameter rawValue: The value on the wire.
    public init(rawValue: String) {
        switch rawValue {
        case "Linux": self = .linux
        case "Windows": self = .windows
        case "Other": self = .other
        case "Paravirtualization": self = .paravirtualization
        case "WindowsVirtio": self = .windowsVirtio
        default: self = .undocumented(rawValue)
        }
    }

    /// The value on the wire.
    public var rawValue: String {
        switch self {
        case .linux: return "Linux"
        case .windows: return "Windows"
        case .other: return "Other"
        case .paravirtualization: return "Paravirtualization"
        case .windowsVirtio: return "WindowsVirtio"
        case .undocumented(let rawValue): return rawValue
        }
    }
}
