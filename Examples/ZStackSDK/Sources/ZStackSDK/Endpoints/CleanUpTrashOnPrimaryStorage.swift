import HTTPTypes

/// CleanUpTrashOnPrimaryStorage
///
/// 清理主存储上的回收数据
///
/// `PUT /zstack/v1/primary-storage/{uuid}/trash/actions`, asynchronous, authorization required.
///
/// Category: storage.primary
public nonisolated enum CleanUpTrashOnPrimaryStorage {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "CleanUpTrashOnPrimaryStorage",
        method: .put,
        pathTemplate: "/zstack/v1/primary-storage/{uuid}/trash/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 主存储UUID
        public var uuid: String

        /// 单独清理的id
        public var trashId: Int64?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 主存储UUID
        ///   - trashId: 单独清理的id
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(uuid: String, trashId: Int64? = nil, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.uuid = uuid
            self.trashId = trashId
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"cleanUpTrashOnPrimaryStorage": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "cleanUpTrashOnPrimaryStorage"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var trashId: Int64?

            init(_ request: Request) {
                self.trashId = request.trashId
            }

            private enum CodingKeys: String, CodingKey {
                case trashId = "trashId"
            }
        }
    }

    /// 清理主存储上的回收数据结果
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// 清理数据返回信息
        public var result: CleanTrashResult?

        /// 清理数据返回信息
        public var results: [TrashCleanupResult]?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - result: 清理数据返回信息
        ///   - results: 清理数据返回信息
        public init(
            success: Bool? = nil,
            error: ErrorCode? = nil,
            result: CleanTrashResult? = nil,
            results: [TrashCleanupResult]? = nil
        ) {
            self.success = success
            self.error = error
            self.result = result
            self.results = results
        }

        private enum CodingKeys: String, CodingKey {
            case success = "success"
            case error = "error"
            case result = "result"
            case results = "results"
        }
    }
}

nonisolated extension ZStackClient {
    /// CleanUpTrashOnPrimaryStorage
    ///
    /// 清理主存储上的回收数据
    ///
    /// `PUT /zstack/v1/primary-storage/{uuid}/trash/actions`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 主存储UUID
    ///   - trashId: 单独清理的id
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 清理主存储上的回收数据结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func cleanUpTrashOnPrimaryStorage(
        uuid: String,
        trashId: Int64? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CleanUpTrashOnPrimaryStorage.Response {
        try await cleanUpTrashOnPrimaryStorage(
            CleanUpTrashOnPrimaryStorage.Request(
                uuid: uuid,
                trashId: trashId,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// CleanUpTrashOnPrimaryStorage
    ///
    /// 清理主存储上的回收数据
    ///
    /// `PUT /zstack/v1/primary-storage/{uuid}/trash/actions`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 清理主存储上的回收数据结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func cleanUpTrashOnPrimaryStorage(
        _ request: CleanUpTrashOnPrimaryStorage.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CleanUpTrashOnPrimaryStorage.Response {
        var call = ZStackRequestBuilder(operation: CleanUpTrashOnPrimaryStorage.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = CleanUpTrashOnPrimaryStorage.Body(request)
        return try await perform(call, polling: polling)
    }
}
