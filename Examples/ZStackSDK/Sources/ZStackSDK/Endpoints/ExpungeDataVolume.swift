import HTTPTypes

/// ExpungeDataVolume
///
/// 彻底删除云盘
///
/// `PUT /zstack/v1/volumes/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: volume
public nonisolated enum ExpungeDataVolume {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "ExpungeDataVolume",
        method: .put,
        pathTemplate: "/zstack/v1/volumes/{uuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 云盘的UUID，唯一标示该资源
        public var uuid: String

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 云盘的UUID，唯一标示该资源
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(uuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.uuid = uuid
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"expungeDataVolume": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "expungeDataVolume"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The inside of the wrapper: every field stays outside it, so it encodes as `{}`.
        struct Wrapped: Encodable {
            init(_ request: Request) {}
        }
    }

    /// 删除请求的结果
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
    /// ExpungeDataVolume
    ///
    /// 彻底删除云盘
    ///
    /// `PUT /zstack/v1/volumes/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 云盘的UUID，唯一标示该资源
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 删除请求的结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func expungeDataVolume(
        uuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> ExpungeDataVolume.Response {
        try await expungeDataVolume(
            ExpungeDataVolume.Request(uuid: uuid, systemTags: systemTags, userTags: userTags),
            polling: polling
        )
    }

    /// ExpungeDataVolume
    ///
    /// 彻底删除云盘
    ///
    /// `PUT /zstack/v1/volumes/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 删除请求的结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func expungeDataVolume(
        _ request: ExpungeDataVolume.Request,
        polling: ZStackPolling? = nil
    ) async throws -> ExpungeDataVolume.Response {
        var call = ZStackRequestBuilder(operation: ExpungeDataVolume.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = ExpungeDataVolume.Body(request)
        return try await perform(call, polling: polling)
    }
}
