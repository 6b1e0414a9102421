public import Foundation

/// `LoadBalancerServerGroupServerIpInventory`, as the API describes it.
public nonisolated struct LoadBalancerServerGroupServerIpInventory: Codable, Sendable, Hashable {
    /// The `id` field.
    public let id: Int64?

    /// 资源的详细描述
    public let description: String?

    /// The `serverGroupUuid` field.
    public let serverGroupUuid: String?

    /// The `ipAddress` field.
    public let ipAddress: String?

    /// The `weight` field.
    public let weight: Int64?

    /// The `status` field.
    public let status: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - id: The `id` field.
    ///   - description: 资源的详细描述
    ///   - serverGroupUuid: The `serverGroupUuid` field.
    ///   - ipAddress: The `ipAddress` field.
    ///   - weight: The `weight` field.
    ///   - status: The `status` field.
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        id: Int64? = nil,
        description: String? = nil,
        serverGroupUuid: String? = nil,
        ipAddress: String? = nil,
        weight: Int64? = nil,
        status: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.id = id
        self.description = description
        self.serverGroupUuid = serverGroupUuid
        self.ipAddress = ipAddress
        self.weight = weight
        self.status = status
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
        self.description = try object.optionalValue(String.self, forKey: "description")
        self.serverGroupUuid = try object.optionalValue(String.self, forKey: "serverGroupUuid")
        self.ipAddress = try object.optionalValue(String.self, forKey: "ipAddress")
        self.weight = try object.optionalValue(Int64.self, forKey: "weight")
        self.status = try object.optionalValue(String.self, forKey: "status")
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
        try object.encodeValue(self.description, forKey: "description")
        try object.encodeValue(self.serverGroupUuid, forKey: "serverGroupUuid")
        try object.encodeValue(self.ipAddress, forKey: "ipAddress")
        try object.encodeValue(self.weight, forKey: "weight")
        try object.encodeValue(self.status, forKey: "status")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
    }
}
