public import Foundation

/// 集群清单
public nonisolated struct ClusterInventory: Codable, Sendable, Hashable {
    /// 资源名称
    public let name: String?

    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// 资源的详细描述
    public let description: String?

    /// 集群状态
    public let state: String?

    /// 虚拟机管理程序类型
    public let hypervisorType: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// 区域UUID
    public let zoneUuid: String?

    /// 保留域
    public let type: String?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - name: 资源名称
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - description: 资源的详细描述
    ///   - state: 集群状态
    ///   - hypervisorType: 虚拟机管理程序类型
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - zoneUuid: 区域UUID
    ///   - type: 保留域
    public init(
        name: String? = nil,
        uuid: String? = nil,
        description: String? = nil,
        state: String? = nil,
        hypervisorType: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        zoneUuid: String? = nil,
        type: String? = nil
    ) {
        self.name = name
        self.uuid = uuid
        self.description = description
        self.state = state
        self.hypervisorType = hypervisorType
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.zoneUuid = zoneUuid
        self.type = type
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
        self.hypervisorType = try object.optionalValue(String.self, forKey: "hypervisorType")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
        self.zoneUuid = try object.optionalValue(String.self, forKey: "zoneUuid")
        self.type = try object.optionalValue(String.self, forKey: "type")
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
        try object.encodeValue(self.hypervisorType, forKey: "hypervisorType")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
        try object.encodeValue(self.zoneUuid, forKey: "zoneUuid")
        try object.encodeValue(self.type, forKey: "type")
    }
}

nonisolated extension ClusterInventory {
    /// The fields of ``ClusterInventory`` that the typed conditions of a query compare, each with the type of its values,
    /// such as `$0.name == value` in the conditions closure of a query that returns it.
    public enum QueryFields {
        /// 资源名称
        public static var name: ZStackQueryField<ClusterInventory, String> {
            ZStackQueryField("name")
        }

        /// 资源的UUID，唯一标示该资源
        public static var uuid: ZStackQueryField<ClusterInventory, String> {
            ZStackQueryField("uuid")
        }

        /// 资源的详细描述
        public static var description: ZStackQueryField<ClusterInventory, String> {
            ZStackQueryField("description")
        }

        /// 集群状态
        public static var state: ZStackQueryField<ClusterInventory, String> {
            ZStackQueryField("state")
        }

        /// 虚拟机管理程序类型
        public static var hypervisorType: ZStackQueryField<ClusterInventory, String> {
            ZStackQueryField("hypervisorType")
        }

        /// 区域UUID
        public static var zoneUuid: ZStackQueryField<ClusterInventory, String> {
            ZStackQueryField("zoneUuid")
        }

        /// 保留域
        public static var type: ZStackQueryField<ClusterInventory, String> {
            ZStackQueryField("type")
        }
    }
}
