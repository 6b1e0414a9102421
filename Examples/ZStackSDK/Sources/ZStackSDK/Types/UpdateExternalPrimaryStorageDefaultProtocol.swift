/// 默认协议
///
/// The API may send values that this client does not know; they decode as ``undocumented(_:)`` and encode back
/// unchanged. `Codable`, `Equatable` and `Hashable` are `RawRepresentable`'s: a value is its wire value, a JSON
/// string.
public nonisolated enum UpdateExternalPrimaryStorageDefaultProtocol: Codable, Sendable, Hashable, RawRepresentable {
    /// The value `Vhost`.
    case vhost
    /// The value `Scsi`.
    case scsi
    /// The value `Nvme`.
    case nvme
    /// The value `CBD`.
    case cbd
    /// The value `file`.
    case file
    /// A value that the API description does not list, kept as received.
    case undocumented(String)

    /// Creates the case for a wire value; a value that the API description does not list is kept as
    /// ``undocumented(_:)``.
    ///
    /// - Parameter rawValue: The value on the wire.
    public init(rawValue: String) {
        switch rawValue {
        case "Vhost": self = .vhost
        case "Scsi": self = .scsi
        case "Nvme": self = .nvme
        case "CBD": self = .cbd
        case "file": self = .file
        default: self = .undocumented(rawValue)
        }
    }

    /// The value on the wire.
    public var rawValue: String {
        switch self {
        case .vhost: return "Vhost"
        case .scsi: return "Scsi"
        case .nvme: return "Nvme"
        case .cbd: return "CBD"
        case .file: return "file"
        case .undocumented(let rawValue): return rawValue
        }
    }
}
