/// 任务队列信息
public nonisolated struct ChainInfo: Codable, Sendable, Hashable {
    /// 正在运行的任务
    public var runningTask: [RunningTaskInfo]?

    /// 等待运行的任务
    public var pendingTask: [PendingTaskInfo]?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - runningTask: 正在运行的任务
    ///   - pendingTask: 等待运行的任务
    public init(runningTask: [RunningTaskInfo]? = nil, pendingTask: [PendingTaskInfo]? = nil) {
        self.runningTask = runningTask
        self.pendingTask = pendingTask
    }

    private enum CodingKeys: String, CodingKey {
        case runningTask = "runningTask"
        case pendingTask = "pendingTask"
    }
}
