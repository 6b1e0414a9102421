public import Foundation

/// `EipInventory`, as the API describes it.
public nonisolated struct EipInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// 资源名称
    public let name: String?

    /// 资源的详细描述
    public let description: String?

    /// 云主机网卡UUID
    public let vmNicUuid: String?

    /// VIP UUID
    public let vipUuid: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// The `state` field.
    public let state: String?

    /// The `vipIp` field.
    public let vipIp: String?

    /// The `guestIp` field.
    public let guestIp: String?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - vmNicUuid: 云主机网卡UUID
    ///   - vipUuid: VIP UUID
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - state: The `state` field.
    ///   - vipIp: The `vipIp` field.
    ///   - guestIp: The `guestIp` field.
    public init(
        uuid: String? = nil,
        name: String? = nil,
        description: String? = nil,
        vmNicUuid: String? = nil,
        vipUuid: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        state: String? = nil,
        vipIp: String? = nil,
        guestIp: String? = nil
    ) {
        self.uuid = uuid
        self.name = name
        self.description = description
        self.vmNicUuid = vmNicUuid
        self.vipUuid = vipUuid
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.state = state
        self.vipIp = vipIp
        self.guestIp = guestIp
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.uuid = try object.optionalValue(String.self, forKey: "uuid")
        self.name = try object.optionalValue(String.self, forKey: "name")
        self.description = try object.optionalValue(String.self, forKey: "description")
        self.vmNicUuid = try object.optionalValue(String.self, forKey: "vmNicUuid")
        self.vipUuid = try object.optionalValue(String.self, forKey: "vipUuid")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
        self.state = try object.optionalValue(String.self, forKey: "state")
        self.vipIp = try object.optionalValue(String.self, forKey: "vipIp")
        self.guestIp = try object.optionalValue(String.self, forKey: "guestIp")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.uuid, forKey: "uuid")
        try object.encodeValue(self.name, forKey: "name")
        try object.encodeValue(self.description, forKey: "description")
        try object.encodeValue(self.vmNicUuid, forKey: "vmNicUuid")
        try object.encodeValue(self.vipUuid, forKey: "vipUuid")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
        try object.encodeValue(self.state, forKey: "state")
        try object.encodeValue(self.vipIp, forKey: "vipIp")
        try object.encodeValue(self.guestIp, forKey: "guestIp")
    }
}

nonisolated extension EipInventory {
    /// The fields of ``EipInventory`` that the typed conditions of a query compare, each with the type of its values,
    /// such as `$0.uuid == value` in the conditions closure of a query that returns it.
    public enum QueryFields {
        /// 资源的UUID，唯一标示该资源
        public static var uuid: ZStackQueryField<EipInventory, String> {
            ZStackQueryField("uuid")
        }

        /// 资源名称
        public static var name: ZStackQueryField<EipInventory, String> {
            ZStackQueryField("name")
        }

        /// 资源的详细描述
        public static var description: ZStackQueryField<EipInventory, String> {
            ZStackQueryField("description")
        }

        /// 云主机网卡UUID
        public static var vmNicUuid: ZStackQueryField<EipInventory, String> {
            ZStackQueryField("vmNicUuid")
        }

        /// VIP UUID
        public static var vipUuid: ZStackQueryField<EipInventory, String> {
            ZStackQueryField("vipUuid")
        }

        /// The `state` field.
        public static var state: ZStackQueryField<EipInventory, String> {
            ZStackQueryField("state")
        }

        /// The `vipIp` field.
        public static var vipIp: ZStackQueryField<EipInventory, String> {
            ZStackQueryField("vipIp")
        }

        /// The `guestIp` field.
        public static var guestIp: ZStackQueryField<EipInventory, String> {
            ZStackQueryField("guestIp")
        }
    }
}
