/// `GetCpuMemoryCapacityHypervisorType`, as the API describes it.
///
/// The API may send values that this client does not know; they decode as ``undocumented(_:)`` and encode back
/// unchanged. `Codable`, `Equatable` and `Hashable` are `RawRepresentable`'s: a value is its wire value, a JSON
/// string.
public nonisolated enum GetCpuMemoryCapacityHypervisorType: Codable, Sendable, Hashable, RawRepresentable {
    /// The value `KVM`.
    case kvm
    /// The value `ESX`.
    case esx
    /// A value that the API description does not list, kept as received.
    case undocumented(String)

    /// Creates the case for a wire value; a value that the API description does not list is kept as
    /// ``undocumented(_:)``.
    ///
    /// - Parameter rawValue: The value on the wire.
    public init(rawValue: String) {
        switch rawValue {
        case "KVM": self = .kvm
        case "ESX": self = .esx
        default: self = .undocumented(rawValue)
        }
    }

    /// The value on the wire.
    public var rawValue: String {
        switch self {
        case .kvm: return "KVM"
        case .esx: return "ESX"
        case .undocumented(let rawValue): return rawValue
        }
    }
}
