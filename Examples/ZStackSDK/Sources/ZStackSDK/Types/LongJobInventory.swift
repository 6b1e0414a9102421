public import Foundation

/// 长任务
public nonisolated final class LongJobInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public let uuid: String?

    /// 资源名称
    public let name: String?

    /// 资源的详细描述
    public let description: String?

    /// 用于关联TaskProgress的APIID
    public let apiId: String?

    /// 任务名称
    public let jobName: String?

    /// 任务数据
    public let jobData: String?

    /// 任务结果
    public let jobResult: String?

    /// 任务状态
    public let state: LongJobState?

    /// 目标资源UUID
    public let targetResourceUuid: String?

    /// 管理节点UUID
    public let managementNodeUuid: String?

    /// 创建时间
    public let createDate: Date?

    /// 最后一次修改时间
    public let lastOpDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - apiId: 用于关联TaskProgress的APIID
    ///   - jobName: 任务名称
    ///   - jobData: 任务数据
    ///   - jobResult: 任务结果
    ///   - state: 任务状态
    ///   - targetResourceUuid: 目标资源UUID
    ///   - managementNodeUuid: 管理节点UUID
    ///   - createDate: 创建时间
    ///   - lastOpDate: 最后一次修改时间
    public init(
        uuid: String? = nil,
        name: String? = nil,
        description: String? = nil,
        apiId: String? = nil,
        jobName: String? = nil,
        jobData: String? = nil,
        jobResult: String? = nil,
        state: LongJobState? = nil,
        targetResourceUuid: String? = nil,
        managementNodeUuid: String? = nil,
        createDate: Date? = nil,
        lastOpDate: Date? = nil
    ) {
        self.uuid = uuid
        self.name = name
        self.description = description
        self.apiId = apiId
        self.jobName = jobName
        self.jobData = jobData
        self.jobResult = jobResult
        self.state = state
        self.targetResourceUuid = targetResourceUuid
        self.managementNodeUuid = managementNodeUuid
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
        self.description = try object.optionalValue(String.self, forKey: "description")
        self.apiId = try object.optionalValue(String.self, forKey: "apiId")
        self.jobName = try object.optionalValue(String.self, forKey: "jobName")
        self.jobData = try object.optionalValue(String.self, forKey: "jobData")
        self.jobResult = try object.optionalValue(String.self, forKey: "jobResult")
        self.state = try object.optionalValue(LongJobState.self, forKey: "state")
        self.targetResourceUuid = try object.optionalValue(String.self, forKey: "targetResourceUuid")
        self.managementNodeUuid = try object.optionalValue(String.self, forKey: "managementNodeUuid")
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
        try object.encodeValue(self.description, forKey: "description")
        try object.encodeValue(self.apiId, forKey: "apiId")
        try object.encodeValue(self.jobName, forKey: "jobName")
        try object.encodeValue(self.jobData, forKey: "jobData")
        try object.encodeValue(self.jobResult, forKey: "jobResult")
        try object.encodeValue(self.state, forKey: "state")
        try object.encodeValue(self.targetResourceUuid, forKey: "targetResourceUuid")
        try object.encodeValue(self.managementNodeUuid, forKey: "managementNodeUuid")
        try object.encodeValue(self.createDate, forKey: "createDate")
        try object.encodeValue(self.lastOpDate, forKey: "lastOpDate")
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
    public static func fieldsAreEqual(_ lhs: LongJobInventory, _ rhs: LongJobInventory) -> Bool {
        guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
        guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
        guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
        guard ZStackFieldwise.same(lhs.apiId, rhs.apiId) else { return false }
        guard ZStackFieldwise.same(lhs.jobName, rhs.jobName) else { return false }
        guard ZStackFieldwise.same(lhs.jobData, rhs.jobData) else { return false }
        guard ZStackFieldwise.same(lhs.jobResult, rhs.jobResult) else { return false }
        guard ZStackFieldwise.same(lhs.state, rhs.state) else { return false }
        guard ZStackFieldwise.same(lhs.targetResourceUuid, rhs.targetResourceUuid) else { return false }
        guard ZStackFieldwise.same(lhs.managementNodeUuid, rhs.managementNodeUuid) else { return false }
        guard ZStackFieldwise.same(lhs.createDate, rhs.createDate) else { return false }
        return ZStackFieldwise.same(lhs.lastOpDate, rhs.lastOpDate)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.uuid)
        hasher.combine(self.name)
        hasher.combine(self.description)
        hasher.combine(self.apiId)
        hasher.combine(self.jobName)
        hasher.combine(self.jobData)
        hasher.combine(self.jobResult)
        hasher.combine(self.state)
        hasher.combine(self.targetResourceUuid)
        hasher.combine(self.managementNodeUuid)
        hasher.combine(self.createDate)
        hasher.combine(self.lastOpDate)
    }
}

nonisolated extension LongJobInventory {
    /// The fields of ``LongJobInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.uuid == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``LongJobInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.uuid`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``LongJobInventory`` for its own conditions.
        public init() where Root == LongJobInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``LongJobInventory`` reached from `Root` through the fields that `path` names.
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

        /// 用于关联TaskProgress的APIID
        public var apiId: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "apiId")
        }

        /// 任务名称
        public var jobName: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "jobName")
        }

        /// 任务数据
        public var jobData: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "jobData")
        }

        /// 任务结果
        public var jobResult: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "jobResult")
        }

        /// 任务状态
        public var state: ZStackQueryField<Root, LongJobState> {
            ZStackQueryField(pathFromRoot, "state")
        }

        /// 目标资源UUID
        public var targetResourceUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "targetResourceUuid")
        }

        /// 管理节点UUID
        public var managementNodeUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "managementNodeUuid")
        }

        /// 创建时间
        public var createDate: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "createDate")
        }

        /// 最后一次修改时间
        public var lastOpDate: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "lastOpDate")
        }
    }
}
