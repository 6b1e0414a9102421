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
    public static let operation = ZStackOperation(
        id: "SubmitLongJob",
        method: .post,
        pathTemplate: "/zstack/v1/longjobs",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 任务名称
        public var jobName: String

        /// 任务数据
        public var jobData: String

        /// 资源名称
        public var name: String?

        /// 资源的详细描述
        public var description: String?

        /// 资源UUID
        public var resourceUuid: String?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// The `targetResourceUuid` field.
        public var targetResourceUuid: String?

        /// 标签UUID列表
        public var tagUuids: [String]?

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
    }

    /// The JSON body of a request: `{"params": {...}}`, with the fields outside the wrapper beside it.
    struct Body: Encodable {
        var wrapped: Wrapped
        var systemTags: [String]?
        var userTags: [String]?

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
            var name: String?
            var description: String?
            var jobName: String
            var jobData: String
            var resourceUuid: String?
            var targetResourceUuid: String?
            var tagUuids: [String]?

            init(_ request: Request) {
                self.name = request.name
                self.description = request.description
                self.jobName = request.jobName
                self.jobData = request.jobData
                self.resourceUuid = request.resourceUuid
                self.targetResourceUuid = request.targetResourceUuid
                self.tagUuids = request.tagUuids
            }

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case jobName = "jobName"
                case jobData = "jobData"
                case resourceUuid = "resourceUuid"
                case targetResourceUuid = "targetResourceUuid"
                case tagUuids = "tagUuids"
            }
        }
    }

    /// 提交长任务结果
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// 长任务
        public var inventory: LongJobInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: 长任务
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: LongJobInventory? = nil) {
            self.success = success
            self.error = error
            self.inventory = inventory
        }

        private enum CodingKeys: String, CodingKey {
            case success = "success"
            case error = "error"
            case inventory = "inventory"
        }
    }
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
        var call = ZStackRequestBuilder(operation: SubmitLongJob.operation)
        call.jsonBody = SubmitLongJob.Body(request)
        return try await perform(call, polling: polling)
    }
}
