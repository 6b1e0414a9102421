public import Foundation

/// 长任务
public nonisolated struct LongJobInventory: Codable, Sendable, Hashable {
    /// 资源的UUID，唯一标示该资源
    public var uuid: String?

    /// 资源名称
    public var name: String?

    /// 资源的详细描述
    public var description: String?

    /// 用于关联TaskProgress的APIID
    public var apiId: String?

    /// 任务名称
    public var jobName: String?

    /// 任务数据
    public var jobData: String?

    /// 任务结果
    public var jobResult: String?

    /// 任务状态
    public var state: LongJobState?

    /// 目标资源UUID
    public var targetResourceUuid: String?

    /// 管理节点UUID
    public var managementNodeUuid: String?

    /// 创建时间
    public var createDate: Date?

    /// 最后一次修改时间
    public var lastOpDate: Date?

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

    private enum CodingKeys: String, CodingKey {
        case uuid = "uuid"
        case name = "name"
        case description = "description"
        case apiId = "apiId"
        case jobName = "jobName"
        case jobData = "jobData"
        case jobResult = "jobResult"
        case state = "state"
        case targetResourceUuid = "targetResourceUuid"
        case managementNodeUuid = "managementNodeUuid"
        case createDate = "createDate"
        case lastOpDate = "lastOpDate"
    }
}
