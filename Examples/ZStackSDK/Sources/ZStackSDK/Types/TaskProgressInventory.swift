/// `TaskProgressInventory`, as the API describes it.
public nonisolated struct TaskProgressInventory: Codable, Sendable, Hashable {
    /// The `taskUuid` field.
    public var taskUuid: String?

    /// The `taskName` field.
    public var taskName: String?

    /// The `parentUuid` field.
    public var parentUuid: String?

    /// The `type` field.
    public var type: String?

    /// The `content` field.
    public var content: String?

    /// The `opaque` field.
    public var opaque: ZStackJSONValue?

    /// The `time` field.
    public var time: Int64?

    /// The `subTasks` field.
    public var subTasks: [TaskProgressInventory]?

    /// The `totalSteps` field.
    public var totalSteps: Int?

    /// The `currentStep` field.
    public var currentStep: Int?

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

    private enum CodingKeys: String, CodingKey {
        case taskUuid = "taskUuid"
        case taskName = "taskName"
        case parentUuid = "parentUuid"
        case type = "type"
        case content = "content"
        case opaque = "opaque"
        case time = "time"
        case subTasks = "subTasks"
        case totalSteps = "totalSteps"
        case currentStep = "currentStep"
    }
}
