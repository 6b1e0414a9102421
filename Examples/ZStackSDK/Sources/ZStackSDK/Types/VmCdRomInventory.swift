public import Foundation

/// 云主机CDROM
public nonisolated struct VmCdRomInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// 云主机UUID
    public var vmInstanceUuid: String?

    /// The `deviceId` field.
    public var deviceId: Int?

    /// The `isoUuid` field.
    public var isoUuid: String?

    /// The `isoInstallPath` field.
    public var isoInstallPath: String?

    /// 资源名称
    public var name: String?

    /// 资源的详细描述
    public var description: String?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - vmInstanceUuid: 云主机UUID
    ///   - deviceId: The `deviceId` field.
    ///   - isoUuid: The `isoUuid` field.
    ///   - isoInstallPath: The `isoInstallPath` field.
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        uuid: String? = nil,
        vmInstanceUuid: String? = nil,
        deviceId: Int? = nil,
        isoUuid: String? = nil,
        isoInstallPath: String? = nil,
        name: String? = nil,
        description: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.uuid = uuid
        self.vmInstanceUuid = vmInstanceUuid
        self.deviceId = deviceId
        self.isoUuid = isoUuid
        self.isoInstallPath = isoInstallPath
        self.name = name
        self.description = description
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case vmInstanceUuid = "vmInstanceUuid"
        case deviceId = "deviceId"
        case isoUuid = "isoUuid"
        case isoInstallPath = "isoInstallPath"
        case name = "name"
        case description = "description"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
    }
}
