public import Foundation

/// 云主机设备地址归档清单
public nonisolated struct VmInstanceDeviceAddressArchiveInventory: Codable, Sendable, Hashable {
    /// The `id` field.
    public let id: Int64?

    /// 资源UUID
    public let resourceUuid: String?

    /// 云主机UUID
    public let vmInstanceUuid: String?

    /// The `deviceAddress` field.
    public let deviceAddress: String?

    /// The `addressGroupUuid` field.
    public let addressGroupUuid: String?

    /// The `metadata` field.
    public let metadata: String?

    /// The `metadataClass` field.
    public let metadataClass: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

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

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.id = try object.optionalValue(Int64.self, forKey: "id")
        self.resourceUuid = try object.optionalValue(String.self, forKey: "resourceUuid")
        self.vmInstanceUuid = try object.optionalValue(String.self, forKey: "vmInstanceUuid")
        self.deviceAddress = try object.optionalValue(String.self, forKey: "deviceAddress")
        self.addressGroupUuid = try object.optionalValue(String.self, forKey: "addressGroupUuid")
        self.metadata = try object.optionalValue(String.self, forKey: "metadata")
        self.metadataClass = try object.optionalValue(String.self, forKey: "metadataClass")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.id, forKey: "id")
        try object.encodeValue(self.resourceUuid, forKey: "resourceUuid")
        try object.encodeValue(self.vmInstanceUuid, forKey: "vmInstanceUuid")
        try object.encodeValue(self.deviceAddress, forKey: "deviceAddress")
        try object.encodeValue(self.addressGroupUuid, forKey: "addressGroupUuid")
        try object.encodeValue(self.metadata, forKey: "metadata")
        try object.encodeValue(self.metadataClass, forKey: "metadataClass")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
    }
}

nonisolated extension VmInstanceDeviceAddressArchiveInventory {
    /// The fields of ``VmInstanceDeviceAddressArchiveInventory`` that the typed conditions of a query compare, each with the type of its values,
    /// such as `$0.id == value` in the conditions closure of a query that returns it.
    public enum QueryFields {
        /// The `id` field.
        public static var id: ZStackQueryField<VmInstanceDeviceAddressArchiveInventory, Int64> {
            ZStackQueryField("id")
        }

        /// 资源UUID
        public static var resourceUuid: ZStackQueryField<VmInstanceDeviceAddressArchiveInventory, String> {
            ZStackQueryField("resourceUuid")
        }

        /// 云主机UUID
        public static var vmInstanceUuid: ZStackQueryField<VmInstanceDeviceAddressArchiveInventory, String> {
            ZStackQueryField("vmInstanceUuid")
        }

        /// The `deviceAddress` field.
        public static var deviceAddress: ZStackQueryField<VmInstanceDeviceAddressArchiveInventory, String> {
            ZStackQueryField("deviceAddress")
        }

        /// The `addressGroupUuid` field.
        public static var addressGroupUuid: ZStackQueryField<VmInstanceDeviceAddressArchiveInventory, String> {
            ZStackQueryField("addressGroupUuid")
        }

        /// The `metadata` field.
        public static var metadata: ZStackQueryField<VmInstanceDeviceAddressArchiveInventory, String> {
            ZStackQueryField("metadata")
        }

        /// The `metadataClass` field.
        public static var metadataClass: ZStackQueryField<VmInstanceDeviceAddressArchiveInventory, String> {
            ZStackQueryField("metadataClass")
        }
    }
}
