/// 虚拟机管理程序类型
///
/// The API may send values that this client does not know; they decode as ``undocumented(_:)`` and encode back
/// unchanged. `Codable`, `Equatable` and `Hashable` are `RawRepresentable`'s: a value is its wire value, a JSON
/// string.
public nonisolated enum CreateClusterHypervisorType: Codable, Sendable, Hashable, RawRepresentable {
    /// The value `KVM`.
    case kvm
    /// The value `Simulator`.
    case simulator
    /// The value `baremetal`.
    case baremetal
    /// The value `baremetal2`.
    case baremetal2
    /// The value `xdragon`.
    case xdragon
    /// A value that the API description does not list, kept as received.
    case undocumented(String)

    /// Creates the case for a wire value; a value that the API description does not list is kept as
    /// ``undocumented(_:)``.
    ///
    /// - Parameter rawValue: The value on the wire.
    public init(rawValue: String) {
        switch rawValue {
        case "KVM": self = .kvm
        case "Simulator": self = .simulator
        case "baremetal": self = .baremetal
        case "baremetal2": self = .baremetal2
        case "xdragon": self = .xdragon
        default: self = .undocumented(rawValue)
        }
    }

    /// The value on the wire.
    public var rawValue: String {
        switch self {
        case .kvm: return "KVM"
        case .simulator: return "Simulator"
        case .baremetal: return "baremetal"
        case .baremetal2: return "baremetal2"
        case .xdragon: return "xdragon"
        case .undocumented(let rawValue): return rawValue
        }
    }
}
