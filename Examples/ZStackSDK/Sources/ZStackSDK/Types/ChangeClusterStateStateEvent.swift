/// 可用状态触发事件
///
/// The API may send values that this client does not know; they decode as ``undocumented(_:)`` and encode back
/// unchanged.
public nonisolated enum ChangeClusterStateStateEvent: Codable, Sendable, Hashable, RawRepresentable {
    /// The value `enable`.
    case enable
    /// The value `disable`.
    case disable
    /// A value that the API description does not list, kept as received.
    case undocumented(String)

    /// Creates the case for a wire value; a value that the API description does not list is kept as
    /// ``undocumented(_:)``.
    ///
    /// - Parameter rawValue: The value on the wire.
    public init(rawValue: String) {
        switch rawValue {
        case "enable": self = .enable
        case "disable": self = .disable
        default: self = .undocumented(rawValue)
        }
    }

    /// The value on the wire.
    public var rawValue: String {
        switch self {
        case .enable: return "enable"
        case .disable: return "disable"
        case .undocumented(let rawValue): return rawValue
        }
    }

    /// Decodes a wire value.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if the value is not a JSON string.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes the wire value.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
