public import Foundation

/// 云主机设备地址组清单
public nonisolated struct VmInstanceDeviceAddressGroupInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// 资源UUID
    public let resourceUuid: String?

    /// 云主机UUID
    public let vmInstanceUuid: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// The `addressList` field.
    public let addressList: [VmInstanceDeviceAddressArchiveInventory]?

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

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.uuid = try object.optionalValue(String.self, forKey: "uuid")
        self.resourceUuid = try object.optionalValue(String.self, forKey: "resourceUuid")
        self.vmInstanceUuid = try object.optionalValue(String.self, forKey: "vmInstanceUuid")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
        self.addressList = try object.optionalValue(
            [VmInstanceDeviceAddressArchiveInventory].self,
            forKey: "addressList"
        )
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.uuid, forKey: "uuid")
        try object.encodeValue(self.resourceUuid, forKey: "resourceUuid")
        try object.encodeValue(self.vmInstanceUuid, forKey: "vmInstanceUuid")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
        try object.encodeValue(self.addressList, forKey: "addressList")
    }
}

nonisolated extension VmInstanceDeviceAddressGroupInventory {
    /// The fields of ``VmInstanceDeviceAddressGroupInventory`` that the typed conditions of a query compare, each with the type of its values,
    /// such as `$0.uuid == value` in the conditions closure of a query that returns it.
    public enum QueryFields {
        /// 资源的UUID，唯一标示该资源
        public static var uuid: ZStackQueryField<VmInstanceDeviceAddressGroupInventory, String> {
            ZStackQueryField("uuid")
        }

        /// 资源UUID
        public static var resourceUuid: ZStackQueryField<VmInstanceDeviceAddressGroupInventory, String> {
            ZStackQueryField("resourceUuid")
        }

        /// 云主机UUID
        public static var vmInstanceUuid: ZStackQueryField<VmInstanceDeviceAddressGroupInventory, String> {
            ZStackQueryField("vmInstanceUuid")
        }
    }
}
