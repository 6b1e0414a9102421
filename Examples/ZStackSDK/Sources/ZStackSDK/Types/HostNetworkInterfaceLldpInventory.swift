public import Foundation

/// 物理网卡lldp配置清单
public nonisolated struct HostNetworkInterfaceLldpInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// 物理网口Uuid
    public let interfaceUuid: String?

    /// lldp工作模式
    public let mode: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// 物理网口lldp信息清单
    public let lldp: HostNetworkInterfaceLldpRefInventory?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - interfaceUuid: 物理网口Uuid
    ///   - mode: lldp工作模式
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - lldp: 物理网口lldp信息清单
    public init(
        uuid: String? = nil,
        interfaceUuid: String? = nil,
        mode: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        lldp: HostNetworkInterfaceLldpRefInventory? = nil
    ) {
        self.uuid = uuid
        self.interfaceUuid = interfaceUuid
        self.mode = mode
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.lldp = lldp
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.uuid = try object.optionalValue(String.self, forKey: "uuid")
        self.interfaceUuid = try object.optionalValue(String.self, forKey: "interfaceUuid")
        self.mode = try object.optionalValue(String.self, forKey: "mode")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
        self.lldp = try object.optionalValue(HostNetworkInterfaceLldpRefInventory.self, forKey: "lldp")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.uuid, forKey: "uuid")
        try object.encodeValue(self.interfaceUuid, forKey: "interfaceUuid")
        try object.encodeValue(self.mode, forKey: "mode")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
        try object.encodeValue(self.lldp, forKey: "lldp")
    }
}

nonisolated extension HostNetworkInterfaceLldpInventory {
    /// The fields of ``HostNetworkInterfaceLldpInventory`` that the typed conditions of a query compare, each with the type of its values,
    /// such as `$0.uuid == value` in the conditions closure of a query that returns it.
    public enum QueryFields {
        /// 资源的UUID，唯一标示该资源
        public static var uuid: ZStackQueryField<HostNetworkInterfaceLldpInventory, String> {
            ZStackQueryField("uuid")
        }

        /// 物理网口Uuid
        public static var interfaceUuid: ZStackQueryField<HostNetworkInterfaceLldpInventory, String> {
            ZStackQueryField("interfaceUuid")
        }

        /// lldp工作模式
        public static var mode: ZStackQueryField<HostNetworkInterfaceLldpInventory, String> {
            ZStackQueryField("mode")
        }
    }
}
