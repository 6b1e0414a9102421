public import Foundation

/// 云主机CDROM
public nonisolated struct VmCdRomInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// 云主机UUID
    public let vmInstanceUuid: String?

    /// The `deviceId` field.
    public let deviceId: Int?

    /// The `isoUuid` field.
    public let isoUuid: String?

    /// The `isoInstallPath` field.
    public let isoInstallPath: String?

    /// 资源名称
    public let name: String?

    /// 资源的详细描述
    public let description: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

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

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.uuid = try object.optionalValue(String.self, forKey: "uuid")
        self.vmInstanceUuid = try object.optionalValue(String.self, forKey: "vmInstanceUuid")
        self.deviceId = try object.optionalValue(Int.self, forKey: "deviceId")
        self.isoUuid = try object.optionalValue(String.self, forKey: "isoUuid")
        self.isoInstallPath = try object.optionalValue(String.self, forKey: "isoInstallPath")
        self.name = try object.optionalValue(String.self, forKey: "name")
        self.description = try object.optionalValue(String.self, forKey: "description")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.uuid, forKey: "uuid")
        try object.encodeValue(self.vmInstanceUuid, forKey: "vmInstanceUuid")
        try object.encodeValue(self.deviceId, forKey: "deviceId")
        try object.encodeValue(self.isoUuid, forKey: "isoUuid")
        try object.encodeValue(self.isoInstallPath, forKey: "isoInstallPath")
        try object.encodeValue(self.name, forKey: "name")
        try object.encodeValue(self.description, forKey: "description")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
    }
}

nonisolated extension VmCdRomInventory {
    /// The fields of ``VmCdRomInventory`` that the typed conditions of a query compare, each with the type of its values,
    /// such as `$0.uuid == value` in the conditions closure of a query that returns it.
    public enum QueryFields {
        /// 资源的UUID，唯一标示该资源
        public static var uuid: ZStackQueryField<VmCdRomInventory, String> {
            ZStackQueryField("uuid")
        }

        /// 云主机UUID
        public static var vmInstanceUuid: ZStackQueryField<VmCdRomInventory, String> {
            ZStackQueryField("vmInstanceUuid")
        }

        /// The `deviceId` field.
        public static var deviceId: ZStackQueryField<VmCdRomInventory, Int> {
            ZStackQueryField("deviceId")
        }

        /// The `isoUuid` field.
        public static var isoUuid: ZStackQueryField<VmCdRomInventory, String> {
            ZStackQueryField("isoUuid")
        }

        /// The `isoInstallPath` field.
        public static var isoInstallPath: ZStackQueryField<VmCdRomInventory, String> {
            ZStackQueryField("isoInstallPath")
        }

        /// 资源名称
        public static var name: ZStackQueryField<VmCdRomInventory, String> {
            ZStackQueryField("name")
        }

        /// 资源的详细描述
        public static var description: ZStackQueryField<VmCdRomInventory, String> {
            ZStackQueryField("description")
        }
    }
}
