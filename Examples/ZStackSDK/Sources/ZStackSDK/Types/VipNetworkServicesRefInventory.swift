public import Foundation

/// `VipNetworkServicesRefInventory`, as the API describes it.
public nonisolated struct VipNetworkServicesRefInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// The `serviceType` field.
    public let serviceType: String?

    /// VIP UUID
    public let vipUuid: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - serviceType: The `serviceType` field.
    ///   - vipUuid: VIP UUID
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        uuid: String? = nil,
        serviceType: String? = nil,
        vipUuid: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.uuid = uuid
        self.serviceType = serviceType
        self.vipUuid = vipUuid
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
        self.serviceType = try object.optionalValue(String.self, forKey: "serviceType")
        self.vipUuid = try object.optionalValue(String.self, forKey: "vipUuid")
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
        try object.encodeValue(self.serviceType, forKey: "serviceType")
        try object.encodeValue(self.vipUuid, forKey: "vipUuid")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
    }
}
