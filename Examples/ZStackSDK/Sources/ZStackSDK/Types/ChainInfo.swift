/// 任务队列信息
public nonisolated struct ChainInfo: Codable, Sendable, Hashable {
    /// 正在运行的任务
    public let runningTask: [RunningTaskInfo]?

    /// 等待运行的任务
    public let pendingTask: [PendingTaskInfo]?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - runningTask: 正在运行的任务
    ///   - pendingTask: 等待运行的任务
    public init(runningTask: [RunningTaskInfo]? = nil, pendingTask: [PendingTaskInfo]? = nil) {
        self.runningTask = runningTask
        self.pendingTask = pendingTask
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.runningTask = try object.optionalValue([RunningTaskInfo].self, forKey: "runningTask")
        self.pendingTask = try object.optionalValue([PendingTaskInfo].self, forKey: "pendingTask")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.runningTask, forKey: "runningTask")
        try object.encodeValue(self.pendingTask, forKey: "pendingTask")
    }
}
