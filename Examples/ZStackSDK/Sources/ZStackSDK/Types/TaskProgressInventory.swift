/// `TaskProgressInventory`, as the API describes it.
public nonisolated final class TaskProgressInventory: Codable, Sendable, Hashable {
    /// The `taskUuid` field.
    public let taskUuid: String?

    /// The `taskName` field.
    public let taskName: String?

    /// The `parentUuid` field.
    public let parentUuid: String?

    /// The `type` field.
    public let type: String?

    /// The `content` field.
    public let content: String?

    /// The `opaque` field.
    public let opaque: ZStackJSONValue?

    /// The `time` field.
    public let time: Int64?

    /// The `subTasks` field.
    public let subTasks: [TaskProgressInventory]?

    /// The `totalSteps` field.
    public let totalSteps: Int?

    /// The `currentStep` field.
    public let currentStep: Int?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - taskUuid: The `taskUuid` field.
    ///   - taskName: The `taskName` field.
    ///   - parentUuid: The `parentUuid` field.
    ///   - type: The `type` field.
    ///   - content: The `content` field.
    ///   - opaque: The `opaque` field.
    ///   - time: The `time` field.
    ///   - subTasks: The `subTasks` field.
    ///   - totalSteps: The `totalSteps` field.
    ///   - currentStep: The `currentStep` field.
    public init(
        taskUuid: String? = nil,
        taskName: String? = nil,
        parentUuid: String? = nil,
        type: String? = nil,
        content: String? = nil,
        opaque: ZStackJSONValue? = nil,
        time: Int64? = nil,
        subTasks: [TaskProgressInventory]? = nil,
        totalSteps: Int? = nil,
        currentStep: Int? = nil
    ) {
        self.taskUuid = taskUuid
        self.taskName = taskName
        self.parentUuid = parentUuid
        self.type = type
        self.content = content
        self.opaque = opaque
        self.time = time
        self.subTasks = subTasks
        self.totalSteps = totalSteps
        self.currentStep = currentStep
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.taskUuid = try object.optionalValue(String.self, forKey: "taskUuid")
        self.taskName = try object.optionalValue(String.self, forKey: "taskName")
        self.parentUuid = try object.optionalValue(String.self, forKey: "parentUuid")
        self.type = try object.optionalValue(String.self, forKey: "type")
        self.content = try object.optionalValue(String.self, forKey: "content")
        self.opaque = try object.optionalValue(ZStackJSONValue.self, forKey: "opaque")
        self.time = try object.optionalValue(Int64.self, forKey: "time")
        self.subTasks = try object.optionalValue([TaskProgressInventory].self, forKey: "subTasks")
        self.totalSteps = try object.optionalValue(Int.self, forKey: "totalSteps")
        self.currentStep = try object.optionalValue(Int.self, forKey: "currentStep")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.taskUuid, forKey: "taskUuid")
        try object.encodeValue(self.taskName, forKey: "taskName")
        try object.encodeValue(self.parentUuid, forKey: "parentUuid")
        try object.encodeValue(self.type, forKey: "type")
        try object.encodeValue(self.content, forKey: "content")
        try object.encodeValue(self.opaque, forKey: "opaque")
        try object.encodeValue(self.time, forKey: "time")
        try object.encodeValue(self.subTasks, forKey: "subTasks")
        try object.encodeValue(self.totalSteps, forKey: "totalSteps")
        try object.encodeValue(self.currentStep, forKey: "currentStep")
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
    public static func fieldsAreEqual(_ lhs: TaskProgressInventory, _ rhs: TaskProgressInventory) -> Bool {
        guard ZStackFieldwise.same(lhs.taskUuid, rhs.taskUuid) else { return false }
        guard ZStackFieldwise.same(lhs.taskName, rhs.taskName) else { return false }
        guard ZStackFieldwise.same(lhs.parentUuid, rhs.parentUuid) else { return false }
        guard ZStackFieldwise.same(lhs.type, rhs.type) else { return false }
        guard ZStackFieldwise.same(lhs.content, rhs.content) else { return false }
        guard ZStackFieldwise.same(lhs.opaque, rhs.opaque) else { return false }
        guard ZStackFieldwise.same(lhs.time, rhs.time) else { return false }
        guard ZStackFieldwise.same(lhs.subTasks, rhs.subTasks) else { return false }
        guard ZStackFieldwise.same(lhs.totalSteps, rhs.totalSteps) else { return false }
        return ZStackFieldwise.same(lhs.currentStep, rhs.currentStep)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.taskUuid)
        hasher.combine(self.taskName)
        hasher.combine(self.parentUuid)
        hasher.combine(self.type)
        hasher.combine(self.content)
        hasher.combine(self.opaque)
        hasher.combine(self.time)
        hasher.combine(self.subTasks)
        hasher.combine(self.totalSteps)
        hasher.combine(self.currentStep)
    }
}
