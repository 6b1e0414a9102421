public import Foundation

/// `GarbageCollectorInventory`, as the API describes it.
public nonisolated struct GarbageCollectorInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// 资源名称
    public let name: String?

    /// The `runnerClass` field.
    public let runnerClass: String?

    /// The `context` field.
    public let context: String?

    /// The `status` field.
    public let status: String?

    /// The `managementNodeUuid` field.
    public let managementNodeUuid: String?

    /// The `type` field.
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
    ///   - runnerClass: The `runnerClass` field.
    ///   - context: The `context` field.
    ///   - status: The `status` field.
    ///   - managementNodeUuid: The `managementNodeUuid` field.
    ///   - type: The `type` field.
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        uuid: String? = nil,
        name: String? = nil,
        runnerClass: String? = nil,
        context: String? = nil,
        status: String? = nil,
        managementNodeUuid: String? = nil,
        type: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.uuid = uuid
        self.name = name
        self.runnerClass = runnerClass
        self.context = context
        self.status = status
        self.managementNodeUuid = managementNodeUuid
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
        self.runnerClass = try object.optionalValue(String.self, forKey: "runnerClass")
        self.context = try object.optionalValue(String.self, forKey: "context")
        self.status = try object.optionalValue(String.self, forKey: "status")
        self.managementNodeUuid = try object.optionalValue(String.self, forKey: "managementNodeUuid")
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
        try object.encodeValue(self.runnerClass, forKey: "runnerClass")
        try object.encodeValue(self.context, forKey: "context")
        try object.encodeValue(self.status, forKey: "status")
        try object.encodeValue(self.managementNodeUuid, forKey: "managementNodeUuid")
        try object.encodeValue(self.type, forKey: "type")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
    }
}

nonisolated extension GarbageCollectorInventory {
    /// The fields of ``GarbageCollectorInventory`` that the typed conditions of a query compare, each with the type of its values,
    /// such as `$0.uuid == value` in the conditions closure of a query that returns it.
    public enum QueryFields {
        /// 资源的UUID，唯一标示该资源
        public static var uuid: ZStackQueryField<GarbageCollectorInventory, String> {
            ZStackQueryField("uuid")
        }

        /// 资源名称
        public static var name: ZStackQueryField<GarbageCollectorInventory, String> {
            ZStackQueryField("name")
        }

        /// The `runnerClass` field.
        public static var runnerClass: ZStackQueryField<GarbageCollectorInventory, String> {
            ZStackQueryField("runnerClass")
        }

        /// The `context` field.
        public static var context: ZStackQueryField<GarbageCollectorInventory, String> {
            ZStackQueryField("context")
        }

        /// The `status` field.
        public static var status: ZStackQueryField<GarbageCollectorInventory, String> {
            ZStackQueryField("status")
        }

        /// The `managementNodeUuid` field.
        public static var managementNodeUuid: ZStackQueryField<GarbageCollectorInventory, String> {
            ZStackQueryField("managementNodeUuid")
        }

        /// The `type` field.
        public static var type: ZStackQueryField<GarbageCollectorInventory, String> {
            ZStackQueryField("type")
        }
    }
}
