import HTTPTypes

/// RevertVmFromSnapshotGroup
///
/// 从快照组恢复云主机
///
/// `PUT /zstack/v1/volume-snapshots/group/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: snapshot.volume
public nonisolated enum RevertVmFromSnapshotGroup {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "RevertVmFromSnapshotGroup",
        method: .put,
        pathTemplate: "/zstack/v1/volume-snapshots/group/{uuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 快照组的UUID
        public var uuid: String

        /// The `systemTags` field.
        public var systemTags: [String]?

        /// The `userTags` field.
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 快照组的UUID
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        public init(uuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.uuid = uuid
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"revertVmFromSnapshotGroup": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "revertVmFromSnapshotGroup"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The inside of the wrapper: every field stays outside it, so it encodes as `{}`.
        struct Wrapped: Encodable {
            init(_ request: Request) {}
        }
    }

    /// 从快照组恢复云主机结果
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// 恢复快照组结果，对应组内每个快照的恢复结果
        public var results: [RevertSnapshotGroupResult]?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - results: 恢复快照组结果，对应组内每个快照的恢复结果
        public init(success: Bool? = nil, error: ErrorCode? = nil, results: [RevertSnapshotGroupResult]? = nil) {
            self.success = success
            self.error = error
            self.results = results
        }

        private enum CodingKeys: String, CodingKey {
            case success = "success"
            case error = "error"
            case results = "results"
        }
    }
}

nonisolated extension ZStackClient {
    /// RevertVmFromSnapshotGroup
    ///
    /// 从快照组恢复云主机
    ///
    /// `PUT /zstack/v1/volume-snapshots/group/{uuid}/actions`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 快照组的UUID
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 从快照组恢复云主机结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func revertVmFromSnapshotGroup(
        uuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> RevertVmFromSnapshotGroup.Response {
        try await revertVmFromSnapshotGroup(
            RevertVmFromSnapshotGroup.Request(uuid: uuid, systemTags: systemTags, userTags: userTags),
            polling: polling
        )
    }

    /// RevertVmFromSnapshotGroup
    ///
    /// 从快照组恢复云主机
    ///
    /// `PUT /zstack/v1/volume-snapshots/group/{uuid}/actions`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 从快照组恢复云主机结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func revertVmFromSnapshotGroup(
        _ request: RevertVmFromSnapshotGroup.Request,
        polling: ZStackPolling? = nil
    ) async throws -> RevertVmFromSnapshotGroup.Response {
        var call = ZStackRequestBuilder(operation: RevertVmFromSnapshotGroup.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = RevertVmFromSnapshotGroup.Body(request)
        return try await perform(call, polling: polling)
    }
}
