public import Foundation

/// 监听器访问控制策略引用清单
public nonisolated struct LoadBalancerListenerACLRefInventory: Codable, Sendable, Hashable {
    /// 资源唯一标识
    public let id: Int64?

    /// 监听器唯一标识
    public let listenerUuid: String?

    /// 访问策略组唯一标识
    public let aclUuid: String?

    /// 访问策略类型
    public let type: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - id: 资源唯一标识
    ///   - listenerUuid: 监听器唯一标识
    ///   - aclUuid: 访问策略组唯一标识
    ///   - type: 访问策略类型
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        id: Int64? = nil,
        listenerUuid: String? = nil,
        aclUuid: String? = nil,
        type: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.id = id
        self.listenerUuid = listenerUuid
        self.aclUuid = aclUuid
        self.type = type
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
        self.listenerUuid = try object.optionalValue(String.self, forKey: "listenerUuid")
        self.aclUuid = try object.optionalValue(String.self, forKey: "aclUuid")
        self.type = try object.optionalValue(String.self, forKey: "type")
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
        try object.encodeValue(self.listenerUuid, forKey: "listenerUuid")
        try object.encodeValue(self.aclUuid, forKey: "aclUuid")
        try object.encodeValue(self.type, forKey: "type")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
    }
}
