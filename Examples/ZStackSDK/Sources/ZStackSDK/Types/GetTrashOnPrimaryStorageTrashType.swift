/// 发生回收的行为
///
/// The API may send values that this client does not know; they decode as ``undocumented(_:)`` and encode back
/// unchanged. `Codable`, `Equatable` and `Hashable` are `RawRepresentable`'s: a value is its wire value, a JSON
/// string.
public nonisolated enum GetTrashOnPrimaryStorageTrashType: Codable, Sendable, Hashable, RawRepresentable {
    /// The value `MigrateVolume`.
    case migrateVolume
    /// The value `MigrateVolumeSnapshot`.
    case migrateVolumeSnapshot
    /// The value `RevertVolume`.
    case revertVolume
    /// The value `VolumeSnapshot`.
    case volumeSnapshot
    /// A value that the API description does not list, kept as received.
    case undocumented(String)

    /// Creates the case for a wire value; a value that the API description does not list is kept as
    /// ``undocumented(_:)``.
    ///
    /// - Parameter rawValue: The value on the wire.
    public init(rawValue: String) {
        switch rawValue {
        case "MigrateVolume": self = .migrateVolume
        case "MigrateVolumeSnapshot": self = .migrateVolumeSnapshot
        case "RevertVolume": self = .revertVolume
        case "VolumeSnapshot": self = .volumeSnapshot
        default: self = .undocumented(rawValue)
        }
    }

    /// The value on the wire.
    public var rawValue: String {
        switch self {
        case .migrateVolume: return "MigrateVolume"
        case .migrateVolumeSnapshot: return "MigrateVolumeSnapshot"
        case .revertVolume: return "RevertVolume"
        case .volumeSnapshot: return "VolumeSnapshot"
        case .undocumented(let rawValue): return rawValue
        }
    }
}
