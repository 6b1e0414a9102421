import HTTPTypes

/// GetVolumeSnapshotSize
///
/// 获取快照容量
///
/// `PUT /zstack/v1/volume-snapshots/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: snapshot.volume
public nonisolated enum GetVolumeSnapshotSize {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "GetVolumeSnapshotSize",
        method: .put,
        pathTemplate: "/zstack/v1/volume-snapshots/{uuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 快照UUID
        public var uuid: String

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 快照UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(uuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.uuid = uuid
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"getVolumeSnapshotSize": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "getVolumeSnapshotSize"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The inside of the wrapper: every field stays outside it, so it encodes as `{}`.
        struct Wrapped: Encodable {
            init(_ request: Request) {}
        }
    }

    /// 获取快照容量返回
    public struct Response: Codable, Sendable, Hashable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// 快照容量
        public var size: Int64?

        /// 快照实际容量
        public var actualSize: Int64?

        /// The `success` field.
        public var success: Bool?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - size: 快照容量
        ///   - actualSize: 快照实际容量
        ///   - success: The `success` field.
        public init(error: ErrorCode? = nil, size: Int64? = nil, actualSize: Int64? = nil, success: Bool? = nil) {
            self.error = error
            self.size = size
            self.actualSize = actualSize
            self.success = success
        }

        private enum CodingKeys: String, CodingKey {
            case error = "error"
            case size = "size"
            case actualSize = "actualSize"
            case success = "success"
        }
    }
}

nonisolated extension ZStackClient {
    /// GetVolumeSnapshotSize
    ///
    /// 获取快照容量
    ///
    /// `PUT /zstack/v1/volume-snapshots/{uuid}/actions`, asynchronous, authorization required. The method returns when
    /// the server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 快照UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 获取快照容量返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func getVolumeSnapshotSize(
        uuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> GetVolumeSnapshotSize.Response {
        try await getVolumeSnapshotSize(
            GetVolumeSnapshotSize.Request(uuid: uuid, systemTags: systemTags, userTags: userTags),
            polling: polling
        )
    }

    /// GetVolumeSnapshotSize
    ///
    /// 获取快照容量
    ///
    /// `PUT /zstack/v1/volume-snapshots/{uuid}/actions`, asynchronous, authorization required. The method returns when
    /// the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 获取快照容量返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func getVolumeSnapshotSize(
        _ request: GetVolumeSnapshotSize.Request,
        polling: ZStackPolling? = nil
    ) async throws -> GetVolumeSnapshotSize.Response {
        var call = ZStackRequestBuilder(operation: GetVolumeSnapshotSize.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = GetVolumeSnapshotSize.Body(request)
        return try await perform(call, polling: polling)
    }
}
