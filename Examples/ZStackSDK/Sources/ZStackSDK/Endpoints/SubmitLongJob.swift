import HTTPTypes

/// SubmitLongJob
///
/// 提交长任务
///
/// 提交长任务
///
/// `POST /zstack/v1/longjobs`, asynchronous, authorization required.
///
/// Category: longjob
public nonisolated enum SubmitLongJob {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "SubmitLongJob",
            method: .post,
            pathTemplate: "/zstack/v1/longjobs",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 任务名称
        public let jobName: String

        /// 任务数据
        public let jobData: String

        /// 资源名称
        public let name: String?

        /// 资源的详细描述
        public let description: String?

        /// 资源UUID
        public let resourceUuid: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// The `targetResourceUuid` field.
        public let targetResourceUuid: String?

        /// 标签UUID列表
        public let tagUuids: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - jobName: 任务名称
        ///   - jobData: 任务数据
        ///   - name: 资源名称
        ///   - description: 资源的详细描述
        ///   - resourceUuid: 资源UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - targetResourceUuid: The `targetResourceUuid` field.
        ///   - tagUuids: 标签UUID列表
        public init(
            jobName: String,
            jobData: String,
            name: String? = nil,
            description: String? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            targetResourceUuid: String? = nil,
            tagUuids: [String]? = nil
        ) {
            self.jobName = jobName
            self.jobData = jobData
            self.name = name
            self.description = description
            self.resourceUuid = resourceUuid
            self.systemTags = systemTags
            self.userTags = userTags
            self.targetResourceUuid = targetResourceUuid
            self.tagUuids = tagUuids
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
            guard ZStackFieldwise.same(lhs.jobName, rhs.jobName) else { return false }
            guard ZStackFieldwise.same(lhs.jobData, rhs.jobData) else { return false }
            guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            guard ZStackFieldwise.same(lhs.targetResourceUuid, rhs.targetResourceUuid) else { return false }
            return ZStackFieldwise.same(lhs.tagUuids, rhs.tagUuids)
        }
    }

    /// 提交长任务结果
    ///
    /// An ``InventoryReply`` of ``LongJobInventory``: the replies that differ only in that type share one generic type.
    ///
    /// - `inventory`: 长任务
    public typealias Response = InventoryReply<LongJobInventory>
}

nonisolated extension ZStackClient {
    /// SubmitLongJob
    ///
    /// 提交长任务
    ///
    /// 提交长任务
    ///
    /// `POST /zstack/v1/longjobs`, asynchronous, authorization required. The method returns when the server's job has
    /// finished.
    ///
    /// - Parameters:
    ///   - jobName: 任务名称
    ///   - jobData: 任务数据
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - resourceUuid: 资源UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - targetResourceUuid: The `targetResourceUuid` field.
    ///   - tagUuids: 标签UUID列表
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 提交长任务结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func submitLongJob(
        jobName: String,
        jobData: String,
        name: String? = nil,
        description: String? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        targetResourceUuid: String? = nil,
        tagUuids: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> SubmitLongJob.Response {
        try await submitLongJob(
            SubmitLongJob.Request(
                jobName: jobName,
                jobData: jobData,
                name: name,
                description: description,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                targetResourceUuid: targetResourceUuid,
                tagUuids: tagUuids
            ),
            polling: polling
        )
    }

    /// SubmitLongJob
    ///
    /// 提交长任务
    ///
    /// 提交长任务
    ///
    /// `POST /zstack/v1/longjobs`, asynchronous, authorization required. The method returns when the server's job has
    /// finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 提交长任务结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func submitLongJob(
        _ request: SubmitLongJob.Request,
        polling: ZStackPolling? = nil
    ) async throws -> SubmitLongJob.Response {
        let call = ZStackRequestBuilder(operation: SubmitLongJob.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.jobName, forKey: "jobName")
                try wrapped.encodeValue(request.jobData, forKey: "jobData")
                try wrapped.encodeValue(request.resourceUuid, forKey: "resourceUuid")
                try wrapped.encodeValue(request.targetResourceUuid, forKey: "targetResourceUuid")
                try wrapped.encodeValue(request.tagUuids, forKey: "tagUuids")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
