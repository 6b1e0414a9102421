import HTTPTypes

/// CleanQueue
///
/// 清理管理节点队列
///
/// `PUT /zstack/v1/clean/queue`, asynchronous, authorization required.
///
/// Category: debug
public nonisolated enum CleanQueue {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "CleanQueue",
        method: .put,
        pathTemplate: "/zstack/v1/clean/queue",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// The `signatureName` field.
        public var signatureName: String

        /// The `taskIndex` field.
        public var taskIndex: Int?

        /// The `isCleanUp` field.
        public var isCleanUp: Bool?

        /// The `isRunningTask` field.
        public var isRunningTask: Bool?

        /// The `managementiUuid` field.
        public var managementiUuid: String?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - signatureName: The `signatureName` field.
        ///   - taskIndex: The `taskIndex` field.
        ///   - isCleanUp: The `isCleanUp` field.
        ///   - isRunningTask: The `isRunningTask` field.
        ///   - managementiUuid: The `managementiUuid` field.
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            signatureName: String,
            taskIndex: Int? = nil,
            isCleanUp: Bool? = nil,
            isRunningTask: Bool? = nil,
            managementiUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.signatureName = signatureName
            self.taskIndex = taskIndex
            self.isCleanUp = isCleanUp
            self.isRunningTask = isRunningTask
            self.managementiUuid = managementiUuid
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"cleanQueue": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "cleanQueue"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var signatureName: String
            var taskIndex: Int?
            var isCleanUp: Bool?
            var isRunningTask: Bool?
            var managementiUuid: String?

            init(_ request: Request) {
                self.signatureName = request.signatureName
                self.taskIndex = request.taskIndex
                self.isCleanUp = request.isCleanUp
                self.isRunningTask = request.isRunningTask
                self.managementiUuid = request.managementiUuid
            }

            private enum CodingKeys: String, CodingKey {
                case signatureName = "signatureName"
                case taskIndex = "taskIndex"
                case isCleanUp = "isCleanUp"
                case isRunningTask = "isRunningTask"
                case managementiUuid = "managementiUuid"
            }
        }
    }

    /// 清理管理节点队列的结果
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public init(success: Bool? = nil, error: ErrorCode? = nil) {
            self.success = success
            self.error = error
        }

        private enum CodingKeys: String, CodingKey {
            case success = "success"
            case error = "error"
        }
    }
}

nonisolated extension ZStackClient {
    /// CleanQueue
    ///
    /// 清理管理节点队列
    ///
    /// `PUT /zstack/v1/clean/queue`, asynchronous, authorization required. The method returns when the server's job has
    /// finished.
    ///
    /// - Parameters:
    ///   - signatureName: The `signatureName` field.
    ///   - taskIndex: The `taskIndex` field.
    ///   - isCleanUp: The `isCleanUp` field.
    ///   - isRunningTask: The `isRunningTask` field.
    ///   - managementiUuid: The `managementiUuid` field.
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 清理管理节点队列的结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func cleanQueue(
        signatureName: String,
        taskIndex: Int? = nil,
        isCleanUp: Bool? = nil,
        isRunningTask: Bool? = nil,
        managementiUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CleanQueue.Response {
        try await cleanQueue(
            CleanQueue.Request(
                signatureName: signatureName,
                taskIndex: taskIndex,
                isCleanUp: isCleanUp,
                isRunningTask: isRunningTask,
                managementiUuid: managementiUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// CleanQueue
    ///
    /// 清理管理节点队列
    ///
    /// `PUT /zstack/v1/clean/queue`, asynchronous, authorization required. The method returns when the server's job has
    /// finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 清理管理节点队列的结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func cleanQueue(
        _ request: CleanQueue.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CleanQueue.Response {
        var call = ZStackRequestBuilder(operation: CleanQueue.operation)
        call.jsonBody = CleanQueue.Body(request)
        return try await perform(call, polling: polling)
    }
}
