/// 定期同步时间间隔
///
/// The API may send values that this client does not know; they decode as ``undocumented(_:)`` and encode back
/// unchanged. `Codable`, `Equatable` and `Hashable` are `RawRepresentable`'s: a value is its wire value, a JSON
/// string.
public nonisolated enum SetVmClockTrackIntervalInSeconds: Codable, Sendable, Hashable, RawRepresentable {
    /// The value `0`.
    case _0
    /// The value `60`.
    case _60
    /// The value `600`.
    case _600
    /// The value `1800`.
    case _1800
    /// The value `3600`.
    case _3600
    /// The value `7200`.
    case _7200
    /// The value `21600`.
    case _21600
    /// The value `43200`.
    case _43200
    /// The value `86400`.
    case _86400
    /// A value that the API description does not list, kept as received.
    case undocumented(String)

    /// Creates the case for a wire value; a value that the API description does not list is kept as
    /// ``undocumented(_:)``.
    ///
    /// - Parameter rawValue: The value on the wire.
    public init(rawValue: String) {
        switch rawValue {
        case "0": self = ._0
        case "60": self = ._60
        case "600": self = ._600
        case "1800": self = ._1800
        case "3600": self = ._3600
        case "7200": self = ._7200
        case "21600": self = ._21600
        case "43200": self = ._43200
        case "86400": self = ._86400
        default: self = .undocumented(rawValue)
        }
    }

    /// The value on the wire.
    public var rawValue: String {
        switch self {
        case ._0: return "0"
        case ._60: return "60"
        case ._600: return "600"
        case ._1800: return "1800"
        case ._3600: return "3600"
        case ._7200: return "7200"
        case ._21600: return "21600"
        case ._43200: return "43200"
        case ._86400: return "86400"
        case .undocumented(let rawValue): return rawValue
        }
    }
}
