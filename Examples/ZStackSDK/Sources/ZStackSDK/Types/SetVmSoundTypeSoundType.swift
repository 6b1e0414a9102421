/// 虚拟声卡类型，默认为ich6
///
/// The API may send values that this client does not know; they decode as ``undocumented(_:)`` and encode back
/// unchanged. `Codable`, `Equatable` and `Hashable` are `RawRepresentable`'s: a value is its wire value, a JSON
/// string.
public nonisolated enum SetVmSoundTypeSoundType: Codable, Sendable, Hashable, RawRepresentable {
    /// The value `ac97`.
    case ac97
    /// The value `ich6`.
    case ich6
    /// A value that the API description does not list, kept as received.
    case undocumented(String)

    /// Creates the case for a wire value; a value that the API description does not list is kept as
    /// ``undocumented(_:)``.
    ///
    /// - Parameter rawValue: The value on the wire.
    public init(rawValue: String) {
        switch rawValue {
        case "ac97": self = .ac97
        case "ich6": self = .ich6
        default: self = .undocumented(rawValue)
        }
    }

    /// The value on the wire.
    public var rawValue: String {
        switch self {
        case .ac97: return "ac97"
        case .ich6: return "ich6"
        case .undocumented(let rawValue): return rawValue
        }
    }
}
