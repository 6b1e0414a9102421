public import Foundation

/// 系统标签清单
public nonisolated struct SystemTagInventory: Codable, Sendable, Hashable {
    /// 内部系统标签
    public let inherent: Bool?

    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// 用户指定的资源UUID，若指定，系统不会为该资源随机分配UUID
    public let resourceUuid: String?

    /// 当创建一个标签时, 用户必须制定标签所关联的资源类型(resource type)
    public let resourceType: String?

    /// 标签字符串
    public let tag: String?

    /// 保留域, 请不要使用它
    public let type: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - inherent: 内部系统标签
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - resourceUuid: 用户指定的资源UUID，若指定，系统不会为该资源随机分配UUID
    ///   - resourceType: 当创建一个标签时, 用户必须制定标签所关联的资源类型(resource type)
    ///   - tag: 标签字符串
    ///   - type: 保留域, 请不要使用它
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        inherent: Bool? = nil,
        uuid: String? = nil,
        resourceUuid: String? = nil,
        resourceType: String? = nil,
        tag: String? = nil,
        type: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.inherent = inherent
        self.uuid = uuid
        self.resourceUuid = resourceUuid
        self.resourceType = resourceType
        self.tag = tag
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
        self.inherent = try object.optionalValue(Bool.self, forKey: "inherent")
        self.uuid = try object.optionalValue(String.self, forKey: "uuid")
        self.resourceUuid = try object.optionalValue(String.self, forKey: "resourceUuid")
        self.resourceType = try object.optionalValue(String.self, forKey: "resourceType")
        self.tag = try object.optionalValue(String.self, forKey: "tag")
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
        try object.encodeValue(self.inherent, forKey: "inherent")
        try object.encodeValue(self.uuid, forKey: "uuid")
        try object.encodeValue(self.resourceUuid, forKey: "resourceUuid")
        try object.encodeValue(self.resourceType, forKey: "resourceType")
        try object.encodeValue(self.tag, forKey: "tag")
        try object.encodeValue(self.type, forKey: "type")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
    }
}

nonisolated extension SystemTagInventory {
    /// The fields of ``SystemTagInventory`` that the typed conditions of a query compare, each with the type of its values,
    /// such as `$0.inherent == value` in the conditions closure of a query that returns it.
    public enum QueryFields {
        /// 内部系统标签
        public static var inherent: ZStackQueryField<SystemTagInventory, Bool> {
            ZStackQueryField("inherent")
        }

        /// 资源的UUID，唯一标示该资源
        public static var uuid: ZStackQueryField<SystemTagInventory, String> {
            ZStackQueryField("uuid")
        }

        /// 用户指定的资源UUID，若指定，系统不会为该资源随机分配UUID
        public static var resourceUuid: ZStackQueryField<SystemTagInventory, String> {
            ZStackQueryField("resourceUuid")
        }

        /// 当创建一个标签时, 用户必须制定标签所关联的资源类型(resource type)
        public static var resourceType: ZStackQueryField<SystemTagInventory, String> {
            ZStackQueryField("resourceType")
        }

        /// 标签字符串
        public static var tag: ZStackQueryField<SystemTagInventory, String> {
            ZStackQueryField("tag")
        }

        /// 保留域, 请不要使用它
        public static var type: ZStackQueryField<SystemTagInventory, String> {
            ZStackQueryField("type")
        }
    }
}
