import HTTPTypes

/// RequestConsoleAccess
///
/// 请求控制台访问地址
///
/// 请求控制台访问地址
///
/// `POST /zstack/v1/consoles`, asynchronous, authorization required.
///
/// Category: console
public nonisolated enum RequestConsoleAccess {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "RequestConsoleAccess",
        method: .post,
        pathTemplate: "/zstack/v1/consoles",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 云主机UUID
        public var vmInstanceUuid: String

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - vmInstanceUuid: 云主机UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(vmInstanceUuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.vmInstanceUuid = vmInstanceUuid
            self.systemTags = systemTags
            self.userTags = userTags
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
            var vmInstanceUuid: String

            init(_ request: Request) {
                self.vmInstanceUuid = request.vmInstanceUuid
            }

            private enum CodingKeys: String, CodingKey {
                case vmInstanceUuid = "vmInstanceUuid"
            }
        }
    }

    /// 控制台清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// 控制台清单
        public var inventory: ConsoleInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: 控制台清单
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: ConsoleInventory? = nil) {
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
    /// RequestConsoleAccess
    ///
    /// 请求控制台访问地址
    ///
    /// 请求控制台访问地址
    ///
    /// `POST /zstack/v1/consoles`, asynchronous, authorization required. The method returns when the server's job has
    /// finished.
    ///
    /// - Parameters:
    ///   - vmInstanceUuid: 云主机UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 控制台清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func requestConsoleAccess(
        vmInstanceUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> RequestConsoleAccess.Response {
        try await requestConsoleAccess(
            RequestConsoleAccess.Request(vmInstanceUuid: vmInstanceUuid, systemTags: systemTags, userTags: userTags),
            polling: polling
        )
    }

    /// RequestConsoleAccess
    ///
    /// 请求控制台访问地址
    ///
    /// 请求控制台访问地址
    ///
    /// `POST /zstack/v1/consoles`, asynchronous, authorization required. The method returns when the server's job has
    /// finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 控制台清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func requestConsoleAccess(
        _ request: RequestConsoleAccess.Request,
        polling: ZStackPolling? = nil
    ) async throws -> RequestConsoleAccess.Response {
        var call = ZStackRequestBuilder(operation: RequestConsoleAccess.operation)
        call.jsonBody = RequestConsoleAccess.Body(request)
        return try await perform(call, polling: polling)
    }
}
