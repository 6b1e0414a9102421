public import Foundation

/// 访问控制策略组清单
public nonisolated struct AccessControlListInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// 资源名称
    public let name: String?

    /// IP地址版本
    public let ipVersion: Int?

    /// 资源的详细描述
    public let description: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// IP组清单列表
    public let entries: [AccessControlListEntryInventory]?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 资源名称
    ///   - ipVersion: IP地址版本
    ///   - description: 资源的详细描述
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - entries: IP组清单列表
    public init(
        uuid: String? = nil,
        name: String? = nil,
        ipVersion: Int? = nil,
        description: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        entries: [AccessControlListEntryInventory]? = nil
    ) {
        self.uuid = uuid
        self.name = name
        self.ipVersion = ipVersion
        self.description = description
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.entries = entries
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.uuid = try object.optionalValue(String.self, forKey: "uuid")
        self.name = try object.optionalValue(String.self, forKey: "name")
        self.ipVersion = try object.optionalValue(Int.self, forKey: "ipVersion")
        self.description = try object.optionalValue(String.self, forKey: "description")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
        self.entries = try object.optionalValue([AccessControlListEntryInventory].self, forKey: "entries")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.uuid, forKey: "uuid")
        try object.encodeValue(self.name, forKey: "name")
        try object.encodeValue(self.ipVersion, forKey: "ipVersion")
        try object.encodeValue(self.description, forKey: "description")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
        try object.encodeValue(self.entries, forKey: "entries")
    }
}

nonisolated extension AccessControlListInventory {
    /// The fields of ``AccessControlListInventory`` that the typed conditions of a query compare, each with the type of its values,
    /// such as `$0.uuid == value` in the conditions closure of a query that returns it.
    public enum QueryFields {
        /// 资源的UUID，唯一标示该资源
        public static var uuid: ZStackQueryField<AccessControlListInventory, String> {
            ZStackQueryField("uuid")
        }

        /// 资源名称
        public static var name: ZStackQueryField<AccessControlListInventory, String> {
            ZStackQueryField("name")
        }

        /// IP地址版本
        public static var ipVersion: ZStackQueryField<AccessControlListInventory, Int> {
            ZStackQueryField("ipVersion")
        }

        /// 资源的详细描述
        public static var description: ZStackQueryField<AccessControlListInventory, String> {
            ZStackQueryField("description")
        }
    }
}
