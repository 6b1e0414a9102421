public import Foundation

/// SDN控制器清单
public nonisolated struct SdnControllerInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// The `vendorType` field.
    public let vendorType: String?

    /// 资源名称
    public let name: String?

    /// 资源的详细描述
    public let description: String?

    /// The `ip` field.
    public let ip: String?

    /// The `username` field.
    public let username: String?

    /// The `password` field.
    public let password: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// The `vniRanges` field.
    public let vniRanges: [SdnVniRange]?

    /// The `vxlanPools` field.
    public let vxlanPools: [HardwareL2VxlanNetworkPoolInventory]?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - vendorType: The `vendorType` field.
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - ip: The `ip` field.
    ///   - username: The `username` field.
    ///   - password: The `password` field.
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - vniRanges: The `vniRanges` field.
    ///   - vxlanPools: The `vxlanPools` field.
    public init(
        uuid: String? = nil,
        vendorType: String? = nil,
        name: String? = nil,
        description: String? = nil,
        ip: String? = nil,
        username: String? = nil,
        password: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        vniRanges: [SdnVniRange]? = nil,
        vxlanPools: [HardwareL2VxlanNetworkPoolInventory]? = nil
    ) {
        self.uuid = uuid
        self.vendorType = vendorType
        self.name = name
        self.description = description
        self.ip = ip
        self.username = username
        self.password = password
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.vniRanges = vniRanges
        self.vxlanPools = vxlanPools
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.uuid = try object.optionalValue(String.self, forKey: "uuid")
        self.vendorType = try object.optionalValue(String.self, forKey: "vendorType")
        self.name = try object.optionalValue(String.self, forKey: "name")
        self.description = try object.optionalValue(String.self, forKey: "description")
        self.ip = try object.optionalValue(String.self, forKey: "ip")
        self.username = try object.optionalValue(String.self, forKey: "username")
        self.password = try object.optionalValue(String.self, forKey: "password")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
        self.vniRanges = try object.optionalValue([SdnVniRange].self, forKey: "vniRanges")
        self.vxlanPools = try object.optionalValue([HardwareL2VxlanNetworkPoolInventory].self, forKey: "vxlanPools")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.uuid, forKey: "uuid")
        try object.encodeValue(self.vendorType, forKey: "vendorType")
        try object.encodeValue(self.name, forKey: "name")
        try object.encodeValue(self.description, forKey: "description")
        try object.encodeValue(self.ip, forKey: "ip")
        try object.encodeValue(self.username, forKey: "username")
        try object.encodeValue(self.password, forKey: "password")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
        try object.encodeValue(self.vniRanges, forKey: "vniRanges")
        try object.encodeValue(self.vxlanPools, forKey: "vxlanPools")
    }
}

nonisolated extension SdnControllerInventory {
    /// The fields of ``SdnControllerInventory`` that the typed conditions of a query compare, each with the type of its values,
    /// such as `$0.uuid == value` in the conditions closure of a query that returns it.
    public enum QueryFields {
        /// 资源的UUID，唯一标示该资源
        public static var uuid: ZStackQueryField<SdnControllerInventory, String> {
            ZStackQueryField("uuid")
        }

        /// The `vendorType` field.
        public static var vendorType: ZStackQueryField<SdnControllerInventory, String> {
            ZStackQueryField("vendorType")
        }

        /// 资源名称
        public static var name: ZStackQueryField<SdnControllerInventory, String> {
            ZStackQueryField("name")
        }

        /// 资源的详细描述
        public static var description: ZStackQueryField<SdnControllerInventory, String> {
            ZStackQueryField("description")
        }

        /// The `ip` field.
        public static var ip: ZStackQueryField<SdnControllerInventory, String> {
            ZStackQueryField("ip")
        }

        /// The `username` field.
        public static var username: ZStackQueryField<SdnControllerInventory, String> {
            ZStackQueryField("username")
        }

        /// The `password` field.
        public static var password: ZStackQueryField<SdnControllerInventory, String> {
            ZStackQueryField("password")
        }
    }
}
