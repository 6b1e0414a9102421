public import Foundation

/// 被挂载的云盘清单
public nonisolated struct VolumeInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// 资源名称
    public var name: String?

    /// 资源的详细描述
    public var description: String?

    /// 主存储UUID
    public var primaryStorageUuid: String?

    /// 云主机UUID
    public var vmInstanceUuid: String?

    /// 云盘规格UUID
    public var diskOfferingUuid: String?

    /// The `rootImageUuid` field.
    public var rootImageUuid: String?

    /// The `installPath` field.
    public var installPath: String?

    /// The `type` field.
    public var type: String?

    /// The `format` field.
    public var format: String?

    /// The `size` field.
    public var size: Int64?

    /// The `actualSize` field.
    public var actualSize: Int64?

    /// The `deviceId` field.
    public var deviceId: Int?

    /// The `state` field.
    public var state: String?

    /// The `status` field.
    public var status: String?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// The `isShareable` field.
    public var isShareable: Bool?

    /// The `volumeQos` field.
    public var volumeQos: String?

    /// The `lastDetachDate` field.
    public var lastDetachDate: Date?

    /// The `lastVmInstanceUuid` field.
    public var lastVmInstanceUuid: String?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - primaryStorageUuid: 主存储UUID
    ///   - vmInstanceUuid: 云主机UUID
    ///   - diskOfferingUuid: 云盘规格UUID
    ///   - rootImageUuid: The `rootImageUuid` field.
    ///   - installPath: The `installPath` field.
    ///   - type: The `type` field.
    ///   - format: The `format` field.
    ///   - size: The `size` field.
    ///   - actualSize: The `actualSize` field.
    ///   - deviceId: The `deviceId` field.
    ///   - state: The `state` field.
    ///   - status: The `status` field.
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - isShareable: The `isShareable` field.
    ///   - volumeQos: The `volumeQos` field.
    ///   - lastDetachDate: The `lastDetachDate` field.
    ///   - lastVmInstanceUuid: The `lastVmInstanceUuid` field.
    public init(
        uuid: String? = nil,
        name: String? = nil,
        description: String? = nil,
        primaryStorageUuid: String? = nil,
        vmInstanceUuid: String? = nil,
        diskOfferingUuid: String? = nil,
        rootImageUuid: String? = nil,
        installPath: String? = nil,
        type: String? = nil,
        format: String? = nil,
        size: Int64? = nil,
        actualSize: Int64? = nil,
        deviceId: Int? = nil,
        state: String? = nil,
        status: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        isShareable: Bool? = nil,
        volumeQos: String? = nil,
        lastDetachDate: Date? = nil,
        lastVmInstanceUuid: String? = nil
    ) {
        self.uuid = uuid
        self.name = name
        self.description = description
        self.primaryStorageUuid = primaryStorageUuid
        self.vmInstanceUuid = vmInstanceUuid
        self.diskOfferingUuid = diskOfferingUuid
        self.rootImageUuid = rootImageUuid
        self.installPath = installPath
        self.type = type
        self.format = format
        self.size = size
        self.actualSize = actualSize
        self.deviceId = deviceId
        self.state = state
        self.status = status
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.isShareable = isShareable
        self.volumeQos = volumeQos
        self.lastDetachDate = lastDetachDate
        self.lastVmInstanceUuid = lastVmInstanceUuid
    }

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case name = "name"
        case description = "description"
        case primaryStorageUuid = "primaryStorageUuid"
        case vmInstanceUuid = "vmInstanceUuid"
        case diskOfferingUuid = "diskOfferingUuid"
        case rootImageUuid = "rootImageUuid"
        case installPath = "installPath"
        case type = "type"
        case format = "format"
        case size = "size"
        case actualSize = "actualSize"
        case deviceId = "deviceId"
        case state = "state"
        case status = "status"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
        case isShareable = "isShareable"
        case volumeQos = "volumeQos"
        case lastDetachDate = "lastDetachDate"
        case lastVmInstanceUuid = "lastVmInstanceUuid"
    }
}
