public import Foundation

/// 目录
public nonisolated struct DirectoryInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// 资源名称
    public let name: String?

    /// 所属分组
    public let groupName: String?

    /// 父级目录UUID
    public let parentUuid: String?

    /// 根目录UUID
    public let rootDirectoryUuid: String?

    /// 区域UUID
    public let zoneUuid: String?

    /// 目录类型
    public let type: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 资源名称
    ///   - groupName: 所属分组
    ///   - parentUuid: 父级目录UUID
    ///   - rootDirectoryUuid: 根目录UUID
    ///   - zoneUuid: 区域UUID
    ///   - type: 目录类型
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        uuid: String? = nil,
        name: String? = nil,
        groupName: String? = nil,
        parentUuid: String? = nil,
        rootDirectoryUuid: String? = nil,
        zoneUuid: String? = nil,
        type: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.uuid = uuid
        self.name = name
        self.groupName = groupName
        self.parentUuid = parentUuid
        self.rootDirectoryUuid = rootDirectoryUuid
        self.zoneUuid = zoneUuid
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
        self.uuid = try object.optionalValue(String.self, forKey: "uuid")
        self.name = try object.optionalValue(String.self, forKey: "name")
        self.groupName = try object.optionalValue(String.self, forKey: "groupName")
        self.parentUuid = try object.optionalValue(String.self, forKey: "parentUuid")
        self.rootDirectoryUuid = try object.optionalValue(String.self, forKey: "rootDirectoryUuid")
        self.zoneUuid = try object.optionalValue(String.self, forKey: "zoneUuid")
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
        try object.encodeValue(self.uuid, forKey: "uuid")
        try object.encodeValue(self.name, forKey: "name")
        try object.encodeValue(self.groupName, forKey: "groupName")
        try object.encodeValue(self.parentUuid, forKey: "parentUuid")
        try object.encodeValue(self.rootDirectoryUuid, forKey: "rootDirectoryUuid")
        try object.encodeValue(self.zoneUuid, forKey: "zoneUuid")
        try object.encodeValue(self.type, forKey: "type")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
    }
}

nonisolated extension DirectoryInventory {
    /// The fields of ``DirectoryInventory`` that the typed conditions of a query compare, each with the type of its values,
    /// such as `$0.uuid == value` in the conditions closure of a query that returns it.
    public enum QueryFields {
        /// 资源的UUID，唯一标示该资源
        public static var uuid: ZStackQueryField<DirectoryInventory, String> {
            ZStackQueryField("uuid")
        }

        /// 资源名称
        public static var name: ZStackQueryField<DirectoryInventory, String> {
            ZStackQueryField("name")
        }

        /// 所属分组
        public static var groupName: ZStackQueryField<DirectoryInventory, String> {
            ZStackQueryField("groupName")
        }

        /// 父级目录UUID
        public static var parentUuid: ZStackQueryField<DirectoryInventory, String> {
            ZStackQueryField("parentUuid")
        }

        /// 根目录UUID
        public static var rootDirectoryUuid: ZStackQueryField<DirectoryInventory, String> {
            ZStackQueryField("rootDirectoryUuid")
        }

        /// 区域UUID
        public static var zoneUuid: ZStackQueryField<DirectoryInventory, String> {
            ZStackQueryField("zoneUuid")
        }

        /// 目录类型
        public static var type: ZStackQueryField<DirectoryInventory, String> {
            ZStackQueryField("type")
        }
    }
}
