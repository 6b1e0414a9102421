public import Foundation

/// 云主机设备地址归档清单
public nonisolated struct VmInstanceDeviceAddressArchiveInventory: Codable, Sendable, Hashable {
    /// The `id` field.
    public var id: Int64?

    /// 资源UUID
    public var resourceUuid: String?

    /// 云主机UUID
    public var vmInstanceUuid: String?

    /// The `deviceAddress` field.
    public var deviceAddress: String?

    /// The `addressGroupUuid` field.
    public var addressGroupUuid: String?

    /// The `metadata` field.
    public var metadata: String?

    /// The `metadataClass` field.
    public var metadataClass: String?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - id: The `id` field.
    ///   - resourceUuid: 资源UUID
    ///   - vmInstanceUuid: 云主机UUID
    ///   - deviceAddress: The `deviceAddress` field.
    ///   - addressGroupUuid: The `addressGroupUuid` field.
    ///   - metadata: The `metadata` field.
    ///   - metadataClass: The `metadataClass` field.
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        id: Int64? = nil,
        resourceUuid: String? = nil,
        vmInstanceUuid: String? = nil,
        deviceAddress: String? = nil,
        addressGroupUuid: String? = nil,
        metadata: String? = nil,
        metadataClass: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.id = id
        self.resourceUuid = resourceUuid
        self.vmInstanceUuid = vmInstanceUuid
        self.deviceAddress = deviceAddress
        self.addressGroupUuid = addressGroupUuid
        self.metadata = metadata
        self.metadataClass = metadataClass
        self.createDate = createDate
        self.lastOpDate = lastOpDate
    }

    private enum CodingKeys: String, CodingKey {
        case id = "id"
        case resourceUuid = "resourceUuid"
        case vmInstanceUuid = "vmInstanceUuid"
        case deviceAddress = "deviceAddress"
        case addressGroupUuid = "addressGroupUuid"
        case metadata = "metadata"
        case metadataClass = "metadataClass"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
    }
}
