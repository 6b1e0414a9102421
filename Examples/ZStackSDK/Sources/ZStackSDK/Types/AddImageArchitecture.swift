/// `AddImageArchitecture`, as the API describes it.
///
/// The API may send values that this client does not know; they decode as ``undocumented(_:)`` and encode back
/// unchanged. `Codable`, `Equatable` and `Hashable` are `RawRepresentable`'s: a value is its wire value, a JSON
/// string.
public nonisolated enum AddImageArchitecture: Codable, Sendable, Hashable, RawRepresentable {
    /// The value `x86_64`.
    case x8664
    /// The value `aarch64`.
    case aarch64
    /// The value `mips64el`.
    case mips64el
    /// The value `loongarch64`.
    case loongarch64
    /// A value that the API description does not list, kept as received.
    case undocumented(String)

    /// Creates the case for a wire value; a value that the API description does not list is kept as
    /// ``undocumented(_:)``.
    ///
    /// - Parameter rawValue: The value on the wire.
    public init(rawValue: String) {
        switch rawValue {
        case "x86_64": self = .x8664
        case "aarch64": self = .aarch64
        case "mips64el": self = .mips64el
        case "loongarch64": self = .loongarch64
        default: self = .undocumented(rawValue)
        }
    }

    /// The value on the wire.
    public var rawValue: String {
        switch self {
        case .x8664: return "x86_64"
        case .aarch64: return "aarch64"
        case .mips64el: return "mips64el"
        case .loongarch64: return "loongarch64"
        case .undocumented(let rawValue): return rawValue
        }
    }
}
