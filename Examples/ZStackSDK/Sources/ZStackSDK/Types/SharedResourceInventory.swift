public import Foundation

/// 共享资源清单
public nonisolated struct SharedResourceInventory: Codable, Sendable, Hashable {
    /// 所有者账户UUID
    public let ownerAccountUuid: String?

    /// 接受者账户UUID
    public let receiverAccountUuid: String?

    /// 是否全局共享
    public let toPublic: Bool?

    /// 资源类型
    public let resourceType: String?

    /// 资源UUID
    public let resourceUuid: String?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// 创建时间
    public let createDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - ownerAccountUuid: 所有者账户UUID
    ///   - receiverAccountUuid: 接受者账户UUID
    ///   - toPublic: 是否全局共享
    ///   - resourceType: 资源类型
    ///   - resourceUuid: 资源UUID
    ///   - lastOpDate: 最后一次修改时间
    ///   - createDate: 创建时间
    public init(
        ownerAccountUuid: String? = nil,
        receiverAccountUuid: String? = nil,
        toPublic: Bool? = nil,
        resourceType: String? = nil,
        resourceUuid: String? = nil,
        lastOpDate: Date? = nil,
        createDate: Date? = nil
    ) {
        self.ownerAccountUuid = ownerAccountUuid
        self.receiverAccountUuid = receiverAccountUuid
        self.toPublic = toPublic
        self.resourceType = resourceType
        self.resourceUuid = resourceUuid
        self.lastOpDate = lastOpDate
        self.createDate = createDate
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.ownerAccountUuid = try object.optionalValue(String.self, forKey: "ownerAccountUuid")
        self.receiverAccountUuid = try object.optionalValue(String.self, forKey: "receiverAccountUuid")
        self.toPublic = try object.optionalValue(Bool.self, forKey: "toPublic")
        self.resourceType = try object.optionalValue(String.self, forKey: "resourceType")
        self.resourceUuid = try object.optionalValue(String.self, forKey: "resourceUuid")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.ownerAccountUuid, forKey: "ownerAccountUuid")
        try object.encodeValue(self.receiverAccountUuid, forKey: "receiverAccountUuid")
        try object.encodeValue(self.toPublic, forKey: "toPublic")
        try object.encodeValue(self.resourceType, forKey: "resourceType")
        try object.encodeValue(self.resourceUuid, forKey: "resourceUuid")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
        try object.encodeValue(self.createDate, forKey: "createDate")
    }
}

nonisolated extension SharedResourceInventory {
    /// The fields of ``SharedResourceInventory`` that the typed conditions of a query compare, each with the type of its values,
    /// such as `$0.ownerAccountUuid == value` in the conditions closure of a query that returns it.
    public enum QueryFields {
        /// 所有者账户UUID
        public static var ownerAccountUuid: ZStackQueryField<SharedResourceInventory, String> {
            ZStackQueryField("ownerAccountUuid")
        }

        /// 接受者账户UUID
        public static var receiverAccountUuid: ZStackQueryField<SharedResourceInventory, String> {
            ZStackQueryField("receiverAccountUuid")
        }

        /// 是否全局共享
        public static var toPublic: ZStackQueryField<SharedResourceInventory, Bool> {
            ZStackQueryField("toPublic")
        }

        /// 资源类型
        public static var resourceType: ZStackQueryField<SharedResourceInventory, String> {
            ZStackQueryField("resourceType")
        }

        /// 资源UUID
        public static var resourceUuid: ZStackQueryField<SharedResourceInventory, String> {
            ZStackQueryField("resourceUuid")
        }
    }
}
