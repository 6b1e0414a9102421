public import Foundation

/// `LoadBalancerInventory`, as the API describes it.
public nonisolated struct LoadBalancerInventory: Codable, Sendable, Hashable {
    /// 资源名称
    public let name: String?

    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// 资源的详细描述
    public let description: String?

    /// The `state` field.
    public let state: String?

    /// The `type` field.
    public let type: String?

    /// VIP UUID
    public let vipUuid: String?

    /// The `serverGroupUuid` field.
    public let serverGroupUuid: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// The `listeners` field.
    public let listeners: [LoadBalancerListenerInventory]?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - name: 资源名称
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - description: 资源的详细描述
    ///   - state: The `state` field.
    ///   - type: The `type` field.
    ///   - vipUuid: VIP UUID
    ///   - serverGroupUuid: The `serverGroupUuid` field.
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - listeners: The `listeners` field.
    public init(
        name: String? = nil,
        uuid: String? = nil,
        description: String? = nil,
        state: String? = nil,
        type: String? = nil,
        vipUuid: String? = nil,
        serverGroupUuid: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        listeners: [LoadBalancerListenerInventory]? = nil
    ) {
        self.name = name
        self.uuid = uuid
        self.description = description
        self.state = state
        self.type = type
        self.vipUuid = vipUuid
        self.serverGroupUuid = serverGroupUuid
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.listeners = listeners
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.name = try object.optionalValue(String.self, forKey: "name")
        self.uuid = try object.optionalValue(String.self, forKey: "uuid")
        self.description = try object.optionalValue(String.self, forKey: "description")
        self.state = try object.optionalValue(String.self, forKey: "state")
        self.type = try object.optionalValue(String.self, forKey: "type")
        self.vipUuid = try object.optionalValue(String.self, forKey: "vipUuid")
        self.serverGroupUuid = try object.optionalValue(String.self, forKey: "serverGroupUuid")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
        self.listeners = try object.optionalValue([LoadBalancerListenerInventory].self, forKey: "listeners")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.name, forKey: "name")
        try object.encodeValue(self.uuid, forKey: "uuid")
        try object.encodeValue(self.description, forKey: "description")
        try object.encodeValue(self.state, forKey: "state")
        try object.encodeValue(self.type, forKey: "type")
        try object.encodeValue(self.vipUuid, forKey: "vipUuid")
        try object.encodeValue(self.serverGroupUuid, forKey: "serverGroupUuid")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
        try object.encodeValue(self.listeners, forKey: "listeners")
    }
}

nonisolated extension LoadBalancerInventory {
    /// The fields of ``LoadBalancerInventory`` that the typed conditions of a query compare, each with the type of its values,
    /// such as `$0.name == value` in the conditions closure of a query that returns it.
    public enum QueryFields {
        /// 资源名称
        public static var name: ZStackQueryField<LoadBalancerInventory, String> {
            ZStackQueryField("name")
        }

        /// 资源的UUID，唯一标示该资源
        public static var uuid: ZStackQueryField<LoadBalancerInventory, String> {
            ZStackQueryField("uuid")
        }

        /// 资源的详细描述
        public static var description: ZStackQueryField<LoadBalancerInventory, String> {
            ZStackQueryField("description")
        }

        /// The `state` field.
        public static var state: ZStackQueryField<LoadBalancerInventory, String> {
            ZStackQueryField("state")
        }

        /// The `type` field.
        public static var type: ZStackQueryField<LoadBalancerInventory, String> {
            ZStackQueryField("type")
        }

        /// VIP UUID
        public static var vipUuid: ZStackQueryField<LoadBalancerInventory, String> {
            ZStackQueryField("vipUuid")
        }

        /// The `serverGroupUuid` field.
        public static var serverGroupUuid: ZStackQueryField<LoadBalancerInventory, String> {
            ZStackQueryField("serverGroupUuid")
        }
    }
}
