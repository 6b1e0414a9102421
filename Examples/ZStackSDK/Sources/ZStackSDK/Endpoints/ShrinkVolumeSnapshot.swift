import HTTPTypes

/// ShrinkVolumeSnapshot
///
/// 快照瘦身
///
/// `PUT /zstack/v1/volume-snapshots/shrink/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: snapshot.volume
public nonisolated enum ShrinkVolumeSnapshot {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "ShrinkVolumeSnapshot",
        method: .put,
        pathTemplate: "/zstack/v1/volume-snapshots/shrink/{uuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源的UUID，唯一标示该资源
        public var uuid: String

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(uuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.uuid = uuid
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"shrinkVolumeSnapshot": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "shrinkVolumeSnapshot"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The inside of the wrapper: every field stays outside it, so it encodes as `{}`.
        struct Wrapped: Encodable {
            init(_ request: Request) {}
        }
    }

    /// 快照瘦身返回
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `shrinkResult` field.
        public var shrinkResult: ShrinkResult?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - shrinkResult: The `shrinkResult` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, shrinkResult: ShrinkResult? = nil) {
            self.success = success
            self.error = error
            self.shrinkResult = shrinkResult
        }

        private enum CodingKeys: String, CodingKey {
            case success = "success"
            case error = "error"
            case shrinkResult = "shrinkResult"
        }
    }
}

nonisolated extension ZStackClient {
    /// ShrinkVolumeSnapshot
    ///
    /// 快照瘦身
    ///
    /// `PUT /zstack/v1/volume-snapshots/shrink/{uuid}/actions`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 快照瘦身返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func shrinkVolumeSnapshot(
        uuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> ShrinkVolumeSnapshot.Response {
        try await shrinkVolumeSnapshot(
            ShrinkVolumeSnapshot.Request(uuid: uuid, systemTags: systemTags, userTags: userTags),
            polling: polling
        )
    }

    /// ShrinkVolumeSnapshot
    ///
    /// 快照瘦身
    ///
    /// `PUT /zstack/v1/volume-snapshots/shrink/{uuid}/actions`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 快照瘦身返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func shrinkVolumeSnapshot(
        _ request: ShrinkVolumeSnapshot.Request,
        polling: ZStackPolling? = nil
    ) async throws -> ShrinkVolumeSnapshot.Response {
        var call = ZStackRequestBuilder(operation: ShrinkVolumeSnapshot.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = ShrinkVolumeSnapshot.Body(request)
        return try await perform(call, polling: polling)
    }
}
