import HTTPTypes

/// CreateVolumeSnapshotScheduler
///
/// 创建快照的定时任务
///
/// `POST /zstack/v1/volumes/{volumeUuid}/schedulers/creating-volume-snapshots`, asynchronous, authorization required.
///
/// Category: snapshot.volume
public nonisolated enum CreateVolumeSnapshotSchedulerJob {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "CreateVolumeSnapshotSchedulerJob",
        method: .post,
        pathTemplate: "/zstack/v1/volumes/{volumeUuid}/schedulers/creating-volume-snapshots",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 云盘UUID
        public var volumeUuid: String

        /// 定时任务名称
        public var snapShotName: String

        /// 定时任务名称
        public var schedulerName: String

        /// 定时任务类型，支持'simple'和'cron'两种类型
        public var type: CreateVolumeSnapshotSchedulerJobTypeValue

        /// 对定时创建的快照描述
        public var volumeSnapshotDescription: String?

        /// 定时任务描述
        public var schedulerDescription: String?

        /// 定时任务间隔，单位秒
        public var interval: Int?

        /// 定时任务重复次数，仅针对simple类型的定时任务生效
        public var repeatCount: Int?

        /// 定时任务启动时间，必须遵循unix timestamp格式，0为从立刻开始
        public var startTime: Int64?

        /// cron表达式，需遵循Java Quartz组件cron格式标准
        public var cron: String?

        /// 用户可指定创建Scheduler所使用的uuid
        public var resourceUuid: String?

        /// 系统标签
        public var systemTags: [ZStackJSONValue]?

        /// 用户标签
        public var userTags: [ZStackJSONValue]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - volumeUuid: 云盘UUID
        ///   - snapShotName: 定时任务名称
        ///   - schedulerName: 定时任务名称
        ///   - type: 定时任务类型，支持'simple'和'cron'两种类型
        ///   - volumeSnapshotDescription: 对定时创建的快照描述
        ///   - schedulerDescription: 定时任务描述
        ///   - interval: 定时任务间隔，单位秒
        ///   - repeatCount: 定时任务重复次数，仅针对simple类型的定时任务生效
        ///   - startTime: 定时任务启动时间，必须遵循unix timestamp格式，0为从立刻开始
        ///   - cron: cron表达式，需遵循Java Quartz组件cron格式标准
        ///   - resourceUuid: 用户可指定创建Scheduler所使用的uuid
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            volumeUuid: String,
            snapShotName: String,
            schedulerName: String,
            type: CreateVolumeSnapshotSchedulerJobTypeValue,
            volumeSnapshotDescription: String? = nil,
            schedulerDescription: String? = nil,
            interval: Int? = nil,
            repeatCount: Int? = nil,
            startTime: Int64? = nil,
            cron: String? = nil,
            resourceUuid: String? = nil,
            systemTags: [ZStackJSONValue]? = nil,
            userTags: [ZStackJSONValue]? = nil
        ) {
            self.volumeUuid = volumeUuid
            self.snapShotName = snapShotName
            self.schedulerName = schedulerName
            self.type = type
            self.volumeSnapshotDescription = volumeSnapshotDescription
            self.schedulerDescription = schedulerDescription
            self.interval = interval
            self.repeatCount = repeatCount
            self.startTime = startTime
            self.cron = cron
            self.resourceUuid = resourceUuid
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"params": {...}}`, with the fields outside the wrapper beside it.
    struct Body: Encodable {
        var wrapped: Wrapped
        var systemTags: [ZStackJSONValue]?
        var userTags: [ZStackJSONValue]?

        init(_ request: Request) {
            self.wrapped = Wrapped(request)
            self.systemTags = request.systemTags
            self.userTags = request.userTags
        }

        private enum CodingKeys: String, CodingKey {
            case wrapped = "params"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var snapShotName: String
            var volumeSnapshotDescription: String?
            var schedulerName: String
            var schedulerDescription: String?
            var type: CreateVolumeSnapshotSchedulerJobTypeValue
            var interval: Int?
            var repeatCount: Int?
            var startTime: Int64?
            var cron: String?
            var resourceUuid: String?

            init(_ request: Request) {
                self.snapShotName = request.snapShotName
                self.volumeSnapshotDescription = request.volumeSnapshotDescription
                self.schedulerName = request.schedulerName
                self.schedulerDescription = request.schedulerDescription
                self.type = request.type
                self.interval = request.interval
                self.repeatCount = request.repeatCount
                self.startTime = request.startTime
                self.cron = request.cron
                self.resourceUuid = request.resourceUuid
            }

            private enum CodingKeys: String, CodingKey {
                case snapShotName = "snapShotName"
                case volumeSnapshotDescription = "volumeSnapshotDescription"
                case schedulerName = "schedulerName"
                case schedulerDescription = "schedulerDescription"
                case type = "type"
                case interval = "interval"
                case repeatCount = "repeatCount"
                case startTime = "startTime"
                case cron = "cron"
                case resourceUuid = "resourceUuid"
            }
        }
    }

    /// The reply's fields.
    public struct Response: Codable, Sendable, Hashable {
        /// Creates a value.
        public init() {
        }
    }
}

nonisolated extension ZStackClient {
    /// CreateVolumeSnapshotScheduler
    ///
    /// 创建快照的定时任务
    ///
    /// `POST /zstack/v1/volumes/{volumeUuid}/schedulers/creating-volume-snapshots`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - volumeUuid: 云盘UUID
    ///   - snapShotName: 定时任务名称
    ///   - schedulerName: 定时任务名称
    ///   - type: 定时任务类型，支持'simple'和'cron'两种类型
    ///   - volumeSnapshotDescription: 对定时创建的快照描述
    ///   - schedulerDescription: 定时任务描述
    ///   - interval: 定时任务间隔，单位秒
    ///   - repeatCount: 定时任务重复次数，仅针对simple类型的定时任务生效
    ///   - startTime: 定时任务启动时间，必须遵循unix timestamp格式，0为从立刻开始
    ///   - cron: cron表达式，需遵循Java Quartz组件cron格式标准
    ///   - resourceUuid: 用户可指定创建Scheduler所使用的uuid
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createVolumeSnapshotSchedulerJob(
        volumeUuid: String,
        snapShotName: String,
        schedulerName: String,
        type: CreateVolumeSnapshotSchedulerJobTypeValue,
        volumeSnapshotDescription: String? = nil,
        schedulerDescription: String? = nil,
        interval: Int? = nil,
        repeatCount: Int? = nil,
        startTime: Int64? = nil,
        cron: String? = nil,
        resourceUuid: String? = nil,
        systemTags: [ZStackJSONValue]? = nil,
        userTags: [ZStackJSONValue]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateVolumeSnapshotSchedulerJob.Response {
        try await createVolumeSnapshotSchedulerJob(
            CreateVolumeSnapshotSchedulerJob.Request(
                volumeUuid: volumeUuid,
                snapShotName: snapShotName,
                schedulerName: schedulerName,
                type: type,
                volumeSnapshotDescription: volumeSnapshotDescription,
                schedulerDescription: schedulerDescription,
                interval: interval,
                repeatCount: repeatCount,
                startTime: startTime,
                cron: cron,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// CreateVolumeSnapshotScheduler
    ///
    /// 创建快照的定时任务
    ///
    /// `POST /zstack/v1/volumes/{volumeUuid}/schedulers/creating-volume-snapshots`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createVolumeSnapshotSchedulerJob(
        _ request: CreateVolumeSnapshotSchedulerJob.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateVolumeSnapshotSchedulerJob.Response {
        var call = ZStackRequestBuilder(operation: CreateVolumeSnapshotSchedulerJob.operation)
        call.setPathParameter("volumeUuid", to: request.volumeUuid)
        call.jsonBody = CreateVolumeSnapshotSchedulerJob.Body(request)
        return try await perform(call, polling: polling)
    }
}
