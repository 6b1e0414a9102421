/// 物理机IPMI信息
public nonisolated struct HostIpmiInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// IPMI地址
    public let ipmiAddress: String?

    /// IPMI用户名
    public let ipmiUsername: String?

    /// IPMI端口
    public let ipmiPort: Int?

    /// IPMI电源状态
    public let ipmiPowerStatus: String?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - ipmiAddress: IPMI地址
    ///   - ipmiUsername: IPMI用户名
    ///   - ipmiPort: IPMI端口
    ///   - ipmiPowerStatus: IPMI电源状态
    public init(
        uuid: String? = nil,
        ipmiAddress: String? = nil,
        ipmiUsername: String? = nil,
        ipmiPort: Int? = nil,
        ipmiPowerStatus: String? = nil
    ) {
        self.uuid = uuid
        self.ipmiAddress = ipmiAddress
        self.ipmiUsername = ipmiUsername
        self.ipmiPort = ipmiPort
        self.ipmiPowerStatus = ipmiPowerStatus
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.uuid = try object.optionalValue(String.self, forKey: "uuid")
        self.ipmiAddress = try object.optionalValue(String.self, forKey: "ipmiAddress")
        self.ipmiUsername = try object.optionalValue(String.self, forKey: "ipmiUsername")
        self.ipmiPort = try object.optionalValue(Int.self, forKey: "ipmiPort")
        self.ipmiPowerStatus = try object.optionalValue(String.self, forKey: "ipmiPowerStatus")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.uuid, forKey: "uuid")
        try object.encodeValue(self.ipmiAddress, forKey: "ipmiAddress")
        try object.encodeValue(self.ipmiUsername, forKey: "ipmiUsername")
        try object.encodeValue(self.ipmiPort, forKey: "ipmiPort")
        try object.encodeValue(self.ipmiPowerStatus, forKey: "ipmiPowerStatus")
    }
}
