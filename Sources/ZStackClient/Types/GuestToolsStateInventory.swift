public import Foundation

/// For details, see inventory
public nonisolated struct GuestToolsStateInventory: Codable, Sendable, Hashable {
    /// Virtual Machine UUID
    public var vmInstanceUuid: String?

    /// Virtual Machine VMTools version
    public var version: String?

    /// Virtual Machine OS platform type
    public var platform: String?

    /// Virtual Machine OS type
    public var osType: String?

    /// Creation time
    public var createDate: Date?

    /// Last modification time
    public var lastOpDate: Date?

    /// For details, see qgaState
    public var qgaState: GuestToolsQgaState?

    /// For details, see zwatchState
    public var zwatchState: GuestToolsZWatchState?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - vmInstanceUuid: Virtual Machine UUID
    ///   - version: Virtual Machine VMTools version
    ///   - platform: Virtual Machine OS platform type
    ///   - osType: Virtual Machine OS type
    ///   - createDate: Creation time
    ///   - lastOpDate: Last modification time
    ///   - qgaState: For details, see qgaState
    ///   - zwatchState: For details, see zwatchState
    public init(
        vmInstanceUuid: String? = nil,
        version: String? = nil,
        platform: String? = nil,
        osType: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        qgaState: GuestToolsQgaState? = nil,
        zwatchState: GuestToolsZWatchState? = nil
    ) {
        self.vmInstanceUuid = vmInstanceUuid
        self.version = version
        self.platform = platform
        self.osType = osType
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.qgaState = qgaState
        self.zwatchState = zwatchState
    }

    private enum CodingKeys: String, CodingKey {
        case vmInstanceUuid = "vmInstanceUuid"
        case version = "version"
        case platform = "platform"
        case osType = "osType"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
        case qgaState = "qgaState"
        case zwatchState = "zwatchState"
    }
}
