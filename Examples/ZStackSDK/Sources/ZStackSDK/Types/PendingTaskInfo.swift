/// 等待运行任务的信息
public nonisolated final class PendingTaskInfo: Codable, Sendable, Hashable {
    /// 任务名称
    public let name: String?

    /// 任务类名
    public let className: String?

    /// 序号
    public let index: Int?

    /// 已等待的时间
    public let pendingTime: Int64?

    /// 已执行的时间
    public let executionTime: Int64?

    /// 任务详情
    public let context: String?

    /// 任务对应的API ID
    public let apiId: String?

    /// 任务对应的API名称
    public let apiName: String?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - name: 任务名称
    ///   - className: 任务类名
    ///   - index: 序号
    ///   - pendingTime: 已等待的时间
    ///   - executionTime: 已执行的时间
    ///   - context: 任务详情
    ///   - apiId: 任务对应的API ID
    ///   - apiName: 任务对应的API名称
    public init(
        name: String? = nil,
        className: String? = nil,
        index: Int? = nil,
        pendingTime: Int64? = nil,
        executionTime: Int64? = nil,
        context: String? = nil,
        apiId: String? = nil,
        apiName: String? = nil
    ) {
        self.name = name
        self.className = className
        self.index = index
        self.pendingTime = pendingTime
        self.executionTime = executionTime
        self.context = context
        self.apiId = apiId
        self.apiName = apiName
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.name = try object.optionalValue(String.self, forKey: "name")
        self.className = try object.optionalValue(String.self, forKey: "className")
        self.index = try object.optionalValue(Int.self, forKey: "index")
        self.pendingTime = try object.optionalValue(Int64.self, forKey: "pendingTime")
        self.executionTime = try object.optionalValue(Int64.self, forKey: "executionTime")
        self.context = try object.optionalValue(String.self, forKey: "context")
        self.apiId = try object.optionalValue(String.self, forKey: "apiId")
        self.apiName = try object.optionalValue(String.self, forKey: "apiName")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.name, forKey: "name")
        try object.encodeValue(self.className, forKey: "className")
        try object.encodeValue(self.index, forKey: "index")
        try object.encodeValue(self.pendingTime, forKey: "pendingTime")
        try object.encodeValue(self.executionTime, forKey: "executionTime")
        try object.encodeValue(self.context, forKey: "context")
        try object.encodeValue(self.apiId, forKey: "apiId")
        try object.encodeValue(self.apiName, forKey: "apiName")
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
    public static func fieldsAreEqual(_ lhs: PendingTaskInfo, _ rhs: PendingTaskInfo) -> Bool {
        guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
        guard ZStackFieldwise.same(lhs.className, rhs.className) else { return false }
        guard ZStackFieldwise.same(lhs.index, rhs.index) else { return false }
        guard ZStackFieldwise.same(lhs.pendingTime, rhs.pendingTime) else { return false }
        guard ZStackFieldwise.same(lhs.executionTime, rhs.executionTime) else { return false }
        guard ZStackFieldwise.same(lhs.context, rhs.context) else { return false }
        guard ZStackFieldwise.same(lhs.apiId, rhs.apiId) else { return false }
        return ZStackFieldwise.same(lhs.apiName, rhs.apiName)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.name)
        hasher.combine(self.className)
        hasher.combine(self.index)
        hasher.combine(self.pendingTime)
        hasher.combine(self.executionTime)
        hasher.combine(self.context)
        hasher.combine(self.apiId)
        hasher.combine(self.apiName)
    }
}
