/// 镜像的格式
///
/// The API may send values that this client does not know; they decode as ``undocumented(_:)`` and encode back
/// unchanged. `Codable`, `Equatable` and `Hashable` are `RawRepresentable`'s: a value is its wire value, a JSON
/// string.
public nonisolated enum UpdateImageFormat: Codable, Sendable, Hashable, RawRepresentable {
    /// The value `raw`.
    case raw
    /// The value `qcow2`.
    case qcow2
    /// The value `iso`.
    case iso
    /// A value that the API description does not list, kept as received.
    case undocumented(String)

    /// Creates the case for a wire value; a value that the API description does not list is kept as
    /// ``undocumented(_:)``.
    ///
    /// - Parameter rawValue: The value on the wire.
    public init(rawValue: String) {
        switch rawValue {
        case "raw": self = .raw
        case "qcow2": self = .qcow2
        case "iso": self = .iso
        default: self = .undocumented(rawValue)
        }
    }

    /// The value on the wire.
    public var rawValue: String {
        switch self {
        case .raw: return "raw"
        case .qcow2: return "qcow2"
        case .iso: return "iso"
        case .undocumented(let rawValue): return rawValue
        }
    }
}
