/// 等待运行任务的信息
public nonisolated struct PendingTaskInfo: Codable, Sendable, Hashable {
    /// 任务名称
    public var name: String?

    /// 任务类名
    public var className: String?

    /// 序号
    public var index: Int?

    /// 已等待的时间
    public var pendingTime: Int64?

    /// 已执行的时间
    public var executionTime: Int64?

    /// 任务详情
    public var context: String?

    /// 任务对应的API ID
    public var apiId: String?

    /// 任务对应的API名称
    public var apiName: String?

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

    private enum CodingKeys: String, CodingKey {
        case name = "name"
        case className = "className"
        case index = "index"
        case pendingTime = "pendingTime"
        case executionTime = "executionTime"
        case context = "context"
        case apiId = "apiId"
        case apiName = "apiName"
    }
}
