public import Foundation

/// 云主机设备地址组清单
public nonisolated struct VmInstanceDeviceAddressGroupInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// 资源UUID
    public var resourceUuid: String?

    /// 云主机UUID
    public var vmInstanceUuid: String?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

    /// The `addressList` field.
    public var addressList: [VmInstanceDeviceAddressArchiveInventory]?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - resourceUuid: 资源UUID
    ///   - vmInstanceUuid: 云主机UUID
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - addressList: The `addressList` field.
    public init(
        uuid: String? = nil,
        resourceUuid: String? = nil,
        vmInstanceUuid: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        addressList: [VmInstanceDeviceAddressArchiveInventory]? = nil
    ) {
        self.uuid = uuid
        self.resourceUuid = resourceUuid
        self.vmInstanceUuid = vmInstanceUuid
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.addressList = addressList
    }

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case resourceUuid = "resourceUuid"
        case vmInstanceUuid = "vmInstanceUuid"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
        case addressList = "addressList"
    }
}
