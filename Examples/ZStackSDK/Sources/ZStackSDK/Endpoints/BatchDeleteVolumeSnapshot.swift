import HTTPTypes

/// BatchDeleteVolumeSnapshot
///
/// 批量删除云盘快照
///
/// `PUT /zstack/v1/volume-snapshots/batch-delete`, asynchronous, authorization required.
///
/// Category: snapshot.volume
public nonisolated enum BatchDeleteVolumeSnapshot {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "BatchDeleteVolumeSnapshot",
        method: .put,
        pathTemplate: "/zstack/v1/volume-snapshots/batch-delete",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 云盘快照UUID列表
        public var uuids: [String]

        /// The `deleteMode` field.
        public var deleteMode: String?

        /// The `systemTags` field.
        public var systemTags: [String]?

        /// The `userTags` field.
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuids: 云盘快照UUID列表
        ///   - deleteMode: The `deleteMode` field.
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        public init(
            uuids: [String],
            deleteMode: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.uuids = uuids
            self.deleteMode = deleteMode
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"batchDeleteVolumeSnapshot": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "batchDeleteVolumeSnapshot"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var uuids: [String]
            var deleteMode: String?

            init(_ request: Request) {
                self.uuids = request.uuids
                self.deleteMode = request.deleteMode
            }

            private enum CodingKeys: String, CodingKey {
                case uuids = "uuids"
                case deleteMode = "deleteMode"
            }
        }
    }

    /// 批量删除快照结果
    public struct Response: Codable, Sendable, Hashable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// 每个快照的删除结果
        public var results: [BatchDeleteVolumeSnapshotStruct]?

        /// The `success` field.
        public var success: Bool?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - results: 每个快照的删除结果
        ///   - success: The `success` field.
        public init(error: ErrorCode? = nil, results: [BatchDeleteVolumeSnapshotStruct]? = nil, success: Bool? = nil) {
            self.error = error
            self.results = results
            self.success = success
        }

        private enum CodingKeys: String, CodingKey {
            case error = "error"
            case results = "results"
            case success = "success"
        }
    }
}

nonisolated extension ZStackClient {
    /// BatchDeleteVolumeSnapshot
    ///
    /// 批量删除云盘快照
    ///
    /// `PUT /zstack/v1/volume-snapshots/batch-delete`, asynchronous, authorization required. The method returns when
    /// the server's job has finished.
    ///
    /// - Parameters:
    ///   - uuids: 云盘快照UUID列表
    ///   - deleteMode: The `deleteMode` field.
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 批量删除快照结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func batchDeleteVolumeSnapshot(
        uuids: [String],
        deleteMode: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> BatchDeleteVolumeSnapshot.Response {
        try await batchDeleteVolumeSnapshot(
            BatchDeleteVolumeSnapshot.Request(
                uuids: uuids,
                deleteMode: deleteMode,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// BatchDeleteVolumeSnapshot
    ///
    /// 批量删除云盘快照
    ///
    /// `PUT /zstack/v1/volume-snapshots/batch-delete`, asynchronous, authorization required. The method returns when
    /// the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 批量删除快照结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func batchDeleteVolumeSnapshot(
        _ request: BatchDeleteVolumeSnapshot.Request,
        polling: ZStackPolling? = nil
    ) async throws -> BatchDeleteVolumeSnapshot.Response {
        var call = ZStackRequestBuilder(operation: BatchDeleteVolumeSnapshot.operation)
        call.jsonBody = BatchDeleteVolumeSnapshot.Body(request)
        return try await perform(call, polling: polling)
    }
}
