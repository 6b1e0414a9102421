import HTTPTypes

/// ReloadExternalService
///
/// 重新加载External Service
///
/// `PUT /zstack/v1/external/services`, asynchronous, authorization required.
///
/// Category: externalService
public nonisolated enum ReloadExternalService {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "ReloadExternalService",
        method: .put,
        pathTemplate: "/zstack/v1/external/services",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源名称
        public var name: String

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - name: 资源名称
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(name: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.name = name
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"reloadExternalService": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "reloadExternalService"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var name: String

            init(_ request: Request) {
                self.name = request.name
            }

            private enum CodingKeys: String, CodingKey {
                case name = "name"
            }
        }
    }

    /// 重新加载External Services的返回
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
    /// ReloadExternalService
    ///
    /// 重新加载External Service
    ///
    /// `PUT /zstack/v1/external/services`, asynchronous, authorization required. The method returns when the server's
    /// job has finished.
    ///
    /// - Parameters:
    ///   - name: 资源名称
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 重新加载External Services的返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func reloadExternalService(
        name: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> ReloadExternalService.Response {
        try await reloadExternalService(
            ReloadExternalService.Request(name: name, systemTags: systemTags, userTags: userTags),
            polling: polling
        )
    }

    /// ReloadExternalService
    ///
    /// 重新加载External Service
    ///
    /// `PUT /zstack/v1/external/services`, asynchronous, authorization required. The method returns when the server's
    /// job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 重新加载External Services的返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func reloadExternalService(
        _ request: ReloadExternalService.Request,
        polling: ZStackPolling? = nil
    ) async throws -> ReloadExternalService.Response {
        var call = ZStackRequestBuilder(operation: ReloadExternalService.operation)
        call.jsonBody = ReloadExternalService.Body(request)
        return try await perform(call, polling: polling)
    }
}
