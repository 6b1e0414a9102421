import HTTPTypes

/// 暂停云主机(PauseVmInstance)
///
/// 暂停一个云主机，云主机状态仍然存在内存里面，稍后可以恢复
///
/// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum PauseVmInstance {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "PauseVmInstance",
        method: .put,
        pathTemplate: "/zstack/v1/vm-instances/{uuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 云主机UUID
        public var uuid: String

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 云主机UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(uuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.uuid = uuid
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"pauseVmInstance": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "pauseVmInstance"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The inside of the wrapper: every field stays outside it, so it encodes as `{}`.
        struct Wrapped: Encodable {
            init(_ request: Request) {}
        }
    }

    /// 云主机清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// 云主机清单
        public var inventory: VmInstanceInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: 云主机清单
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: VmInstanceInventory? = nil) {
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
    /// 暂停云主机(PauseVmInstance)
    ///
    /// 暂停一个云主机，云主机状态仍然存在内存里面，稍后可以恢复
    ///
    /// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 云主机UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func pauseVmInstance(
        uuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> PauseVmInstance.Response {
        try await pauseVmInstance(
            PauseVmInstance.Request(uuid: uuid, systemTags: systemTags, userTags: userTags),
            polling: polling
        )
    }

    /// 暂停云主机(PauseVmInstance)
    ///
    /// 暂停一个云主机，云主机状态仍然存在内存里面，稍后可以恢复
    ///
    /// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func pauseVmInstance(
        _ request: PauseVmInstance.Request,
        polling: ZStackPolling? = nil
    ) async throws -> PauseVmInstance.Response {
        var call = ZStackRequestBuilder(operation: PauseVmInstance.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = PauseVmInstance.Body(request)
        return try await perform(call, polling: polling)
    }
}
