public import Foundation

/// 集群清单
public nonisolated final class ClusterInventory: Codable, Sendable, Hashable {
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

    /// Whether two values are equal (`==`): all their fields are.
    ///
    /// `Equatable`'s `==` under a name of its own, so that it does not join the overloads that every `==` in this
    /// module and in its importers is checked against.
    ///
    /// - Parameters:
    ///   - lhs: A value.
    ///   - rhs: Another value.
    /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
    @_implements(Equatable,==(_:_:))
    public static func fieldsAreEqual(_ lhs: ClusterInventory, _ rhs: ClusterInventory) -> Bool {
        guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
        guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
        guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
        guard ZStackFieldwise.same(lhs.state, rhs.state) else { return false }
        guard ZStackFieldwise.same(lhs.hypervisorType, rhs.hypervisorType) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        guard ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate) else { return false }
        guard ZStackFieldwise.same(lhs.zoneUuid, rhs.zoneUuid) else { return false }
        return ZStackFieldwise.same(lhs.type, rhs.type)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.name)
        hasher.combine(self.uuid)
        hasher.combine(self.description)
        hasher.combine(self.state)
        hasher.combine(self.hypervisorType)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
        hasher.combine(self.zoneUuid)
        hasher.combine(self.type)
    }
}

nonisolated extension ClusterInventory {
    /// The fields of ``ClusterInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.name == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``ClusterInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.name`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``ClusterInventory`` for its own conditions.
        public init() where Root == ClusterInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``ClusterInventory`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: ZStackQueryPath) {
            self.pathFromRoot = path
        }

        /// 资源名称
        public var name: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "name")
        }

        /// 资源的UUID，唯一标示该资源
        public var uuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "uuid")
        }

        /// 资源的详细描述
        public var description: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "description")
        }

        /// 集群状态
        public var state: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "state")
        }

        /// 虚拟机管理程序类型
        public var hypervisorType: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "hypervisorType")
        }

        /// 创建时间
        public var createDate: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "createDate")
        }

        /// 最后一次修改时间
        public var lastOpDate: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "lastOpDate")
        }

        /// 区域UUID
        public var zoneUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "zoneUuid")
        }

        /// 保留域
        public var type: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "type")
        }
    }
}
