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
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "CreateVolumeSnapshotSchedulerJob",
            method: .post,
            pathTemplate: "/zstack/v1/volumes/{volumeUuid}/schedulers/creating-volume-snapshots",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 云盘UUID
        public let volumeUuid: String

        /// 定时任务名称
        public let snapShotName: String

        /// 定时任务名称
        public let schedulerName: String

        /// 定时任务类型，支持'simple'和'cron'两种类型
        public let type: CreateVolumeSnapshotSchedulerJobTypeValue

        /// 对定时创建的快照描述
        public let volumeSnapshotDescription: String?

        /// 定时任务描述
        public let schedulerDescription: String?

        /// 定时任务间隔，单位秒
        public let interval: Int?

        /// 定时任务重复次数，仅针对simple类型的定时任务生效
        public let repeatCount: Int?

        /// 定时任务启动时间，必须遵循unix timestamp格式，0为从立刻开始
        public let startTime: Int64?

        /// cron表达式，需遵循Java Quartz组件cron格式标准
        public let cron: String?

        /// 用户可指定创建Scheduler所使用的uuid
        public let resourceUuid: String?

        /// 系统标签
        public let systemTags: [ZStackJSONValue]?

        /// 用户标签
        public let userTags: [ZStackJSONValue]?

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
        public static func fieldsAreEqual(_ lhs: Request, _ rhs: Request) -> Bool {
            guard ZStackFieldwise.same(lhs.volumeUuid, rhs.volumeUuid) else { return false }
            guard ZStackFieldwise.same(lhs.snapShotName, rhs.snapShotName) else { return false }
            guard ZStackFieldwise.same(lhs.schedulerName, rhs.schedulerName) else { return false }
            guard ZStackFieldwise.same(lhs.type, rhs.type) else { return false }
            guard ZStackFieldwise.same(
                lhs.volumeSnapshotDescription,
                rhs.volumeSnapshotDescription
            ) else { return false }
            guard ZStackFieldwise.same(lhs.schedulerDescription, rhs.schedulerDescription) else { return false }
            guard ZStackFieldwise.same(lhs.interval, rhs.interval) else { return false }
            guard ZStackFieldwise.same(lhs.repeatCount, rhs.repeatCount) else { return false }
            guard ZStackFieldwise.same(lhs.startTime, rhs.startTime) else { return false }
            guard ZStackFieldwise.same(lhs.cron, rhs.cron) else { return false }
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// The reply's fields.
    public final class Response: Codable, Sendable, Equatable {
        /// Creates a value.
        public init() {
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            _ = encoder.container(keyedBy: ZStackCodingKey.self)
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
        public static func fieldsAreEqual(_ lhs: Response, _ rhs: Response) -> Bool {
            true
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
        let call = ZStackRequestBuilder(operation: CreateVolumeSnapshotSchedulerJob.operation)
        call.setPathParameter("volumeUuid", to: request.volumeUuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.snapShotName, forKey: "snapShotName")
                try wrapped.encodeValue(request.volumeSnapshotDescription, forKey: "volumeSnapshotDescription")
                try wrapped.encodeValue(request.schedulerName, forKey: "schedulerName")
                try wrapped.encodeValue(request.schedulerDescription, forKey: "schedulerDescription")
                try wrapped.encodeValue(request.type, forKey: "type")
                try wrapped.encodeValue(request.interval, forKey: "interval")
                try wrapped.encodeValue(request.repeatCount, forKey: "repeatCount")
                try wrapped.encodeValue(request.startTime, forKey: "startTime")
                try wrapped.encodeValue(request.cron, forKey: "cron")
                try wrapped.encodeValue(request.resourceUuid, forKey: "resourceUuid")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
