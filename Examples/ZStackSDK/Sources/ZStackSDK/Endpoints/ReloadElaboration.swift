import HTTPTypes

/// ReloadElaboration
///
/// 重新加载系统错误码文件
///
/// 重新加载系统错误码文件
///
/// `PUT /zstack/v1/errorcode/actions`, asynchronous, authorization required.
///
/// Category: errorcode
public nonisolated enum ReloadElaboration {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "ReloadElaboration",
        method: .put,
        pathTemplate: "/zstack/v1/errorcode/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"reloadElaboration": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "reloadElaboration"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The inside of the wrapper: every field stays outside it, so it encodes as `{}`.
        struct Wrapped: Encodable {
            init(_ request: Request) {}
        }
    }

    /// 重新加载系统错误码文件结果
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
    /// ReloadElaboration
    ///
    /// 重新加载系统错误码文件
    ///
    /// 重新加载系统错误码文件
    ///
    /// `PUT /zstack/v1/errorcode/actions`, asynchronous, authorization required. The method returns when the server's
    /// job has finished.
    ///
    /// - Parameters:
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 重新加载系统错误码文件结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func reloadElaboration(
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> ReloadElaboration.Response {
        try await reloadElaboration(
            ReloadElaboration.Request(systemTags: systemTags, userTags: userTags),
            polling: polling
        )
    }

    /// ReloadElaboration
    ///
    /// 重新加载系统错误码文件
    ///
    /// 重新加载系统错误码文件
    ///
    /// `PUT /zstack/v1/errorcode/actions`, asynchronous, authorization required. The method returns when the server's
    /// job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 重新加载系统错误码文件结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func reloadElaboration(
        _ request: ReloadElaboration.Request,
        polling: ZStackPolling? = nil
    ) async throws -> ReloadElaboration.Response {
        var call = ZStackRequestBuilder(operation: ReloadElaboration.operation)
        call.jsonBody = ReloadElaboration.Body(request)
        return try await perform(call, polling: polling)
    }
}
