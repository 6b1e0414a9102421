/// 任务队列信息
public nonisolated final class ChainInfo: Codable, Sendable, Hashable {
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
    public static func fieldsAreEqual(_ lhs: ChainInfo, _ rhs: ChainInfo) -> Bool {
        guard ZStackFieldwise.same(lhs.runningTask, rhs.runningTask) else { return false }
        return ZStackFieldwise.same(lhs.pendingTask, rhs.pendingTask)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.runningTask)
        hasher.combine(self.pendingTask)
    }
}
