public import Foundation

/// 云主机规格清单
public nonisolated final class InstanceOfferingInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// 资源名称
    public let name: String?

    /// 资源的详细描述
    public let description: String?

    /// CPU数量
    public let cpuNum: Int?

    /// CPU速度
    public let cpuSpeed: Int?

    /// 内存大小
    public let memorySize: Int64?

    /// 类型
    public let type: String?

    /// 分配策略
    public let allocatorStrategy: String?

    /// The `sortKey` field.
    public let sortKey: Int?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// 状态（启用，禁用）
    public let state: String?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - cpuNum: CPU数量
    ///   - cpuSpeed: CPU速度
    ///   - memorySize: 内存大小
    ///   - type: 类型
    ///   - allocatorStrategy: 分配策略
    ///   - sortKey: The `sortKey` field.
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    ///   - state: 状态（启用，禁用）
    public init(
        uuid: String? = nil,
        name: String? = nil,
        description: String? = nil,
        cpuNum: Int? = nil,
        cpuSpeed: Int? = nil,
        memorySize: Int64? = nil,
        type: String? = nil,
        allocatorStrategy: String? = nil,
        sortKey: Int? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil,
        state: String? = nil
    ) {
        self.uuid = uuid
        self.name = name
        self.description = description
        self.cpuNum = cpuNum
        self.cpuSpeed = cpuSpeed
        self.memorySize = memorySize
        self.type = type
        self.allocatorStrategy = allocatorStrategy
        self.sortKey = sortKey
        self.createDate = createDate
        self.lastOpDate = lastOpDate
        self.state = state
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.uuid = try object.optionalValue(String.self, forKey: "uuid")
        self.name = try object.optionalValue(String.self, forKey: "name")
        self.description = try object.optionalValue(String.self, forKey: "description")
        self.cpuNum = try object.optionalValue(Int.self, forKey: "cpuNum")
        self.cpuSpeed = try object.optionalValue(Int.self, forKey: "cpuSpeed")
        self.memorySize = try object.optionalValue(Int64.self, forKey: "memorySize")
        self.type = try object.optionalValue(String.self, forKey: "type")
        self.allocatorStrategy = try object.optionalValue(String.self, forKey: "allocatorStrategy")
        self.sortKey = try object.optionalValue(Int.self, forKey: "sortKey")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
        self.lastOpDate = try object.optionalValue(Date.self, forKey: "lastOpDate")
        self.state = try object.optionalValue(String.self, forKey: "state")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.uuid, forKey: "uuid")
        try object.encodeValue(self.name, forKey: "name")
        try object.encodeValue(self.description, forKey: "description")
        try object.encodeValue(self.cpuNum, forKey: "cpuNum")
        try object.encodeValue(self.cpuSpeed, forKey: "cpuSpeed")
        try object.encodeValue(self.memorySize, forKey: "memorySize")
        try object.encodeValue(self.type, forKey: "type")
        try object.encodeValue(self.allocatorStrategy, forKey: "allocatorStrategy")
        try object.encodeValue(self.sortKey, forKey: "sortKey")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
        try object.encodeValue(self.state, forKey: "state")
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
    public static func fieldsAreEqual(_ lhs: InstanceOfferingInventory, _ rhs: InstanceOfferingInventory) -> Bool {
        guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
        guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
        guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
        guard ZStackFieldwise.same(lhs.cpuNum, rhs.cpuNum) else { return false }
        guard ZStackFieldwise.same(lhs.cpuSpeed, rhs.cpuSpeed) else { return false }
        guard ZStackFieldwise.same(lhs.memorySize, rhs.memorySize) else { return false }
        guard ZStackFieldwise.same(lhs.type, rhs.type) else { return false }
        guard ZStackFieldwise.same(lhs.allocatorStrategy, rhs.allocatorStrategy) else { return false }
        guard ZStackFieldwise.same(lhs.sortKey, rhs.sortKey) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        guard ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate) else { return false }
        return ZStackFieldwise.same(lhs.state, rhs.state)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.uuid)
        hasher.combine(self.name)
        hasher.combine(self.description)
        hasher.combine(self.cpuNum)
        hasher.combine(self.cpuSpeed)
        hasher.combine(self.memorySize)
        hasher.combine(self.type)
        hasher.combine(self.allocatorStrategy)
        hasher.combine(self.sortKey)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
        hasher.combine(self.state)
    }
}

nonisolated extension InstanceOfferingInventory {
    /// The fields of ``InstanceOfferingInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.uuid == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``InstanceOfferingInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.uuid`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``InstanceOfferingInventory`` for its own conditions.
        public init() where Root == InstanceOfferingInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``InstanceOfferingInventory`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: ZStackQueryPath) {
            self.pathFromRoot = path
        }

        /// 资源的UUID，唯一标示该资源
        public var uuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "uuid")
        }

        /// 资源名称
        public var name: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "name")
        }

        /// 资源的详细描述
        public var description: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "description")
        }

        /// CPU数量
        public var cpuNum: ZStackQueryField<Root, Int> {
            ZStackQueryField(pathFromRoot, "cpuNum")
        }

        /// CPU速度
        public var cpuSpeed: ZStackQueryField<Root, Int> {
            ZStackQueryField(pathFromRoot, "cpuSpeed")
        }

        /// 内存大小
        public var memorySize: ZStackQueryField<Root, Int64> {
            ZStackQueryField(pathFromRoot, "memorySize")
        }

        /// 类型
        public var type: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "type")
        }

        /// 分配策略
        public var allocatorStrategy: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "allocatorStrategy")
        }

        /// The `sortKey` field.
        public var sortKey: ZStackQueryField<Root, Int> {
            ZStackQueryField(pathFromRoot, "sortKey")
        }

        /// 创建时间
        public var createDate: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "createDate")
        }

        /// 最后一次修改时间
        public var lastOpDate: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "lastOpDate")
        }

        /// 状态（启用，禁用）
        public var state: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "state")
        }
    }
}
