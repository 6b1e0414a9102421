/// 网络类型，需要与system标签搭配使用，system为true时可设置为Public、Private
///
/// The API may send values that this client does not know; they decode as ``undocumented(_:)`` and encode back
/// unchanged. `Codable`, `Equatable` and `Hashable` are `RawRepresentable`'s: a value is its wire value, a JSON
/// string.
public nonisolated enum UpdateL3NetworkCategory: Codable, Sendable, Hashable, RawRepresentable {
    /// The value `Public`.
    case `public`
    /// The value `Private`.
    case `private`
    /// The value `System`.
    case system
    /// A value that the API description does not list, kept as received.
    case undocumented(String)

    /// Creates the case for a wire value; a value that the API description does not list is kept as
    /// ``undocumented(_:)``.
    ///
    /// - Parameter rawValue: The value on the wire.
    public init(rawValue: String) {
        switch rawValue {
        case "Public": self = .public
        case "Private": self = .private
        case "System": self = .system
        default: self = .undocumented(rawValue)
        }
    }

    /// The value on the wire.
    public var rawValue: String {
        switch self {
        case .public: return "Public"
        case .private: return "Private"
        case .system: return "System"
        case .undocumented(let rawValue): return rawValue
        }
    }
}
