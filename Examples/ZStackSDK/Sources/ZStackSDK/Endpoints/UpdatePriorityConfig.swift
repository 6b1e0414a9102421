import HTTPTypes

/// UpdatePriorityConfig
///
/// 更改云主机优先级配置
///
/// `PUT /zstack/v1/vm-priority-config/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum UpdatePriorityConfig {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "UpdatePriorityConfig",
        method: .put,
        pathTemplate: "/zstack/v1/vm-priority-config/{uuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源的UUID，唯一标示该资源
        public var uuid: String

        /// The `cpuShares` field.
        public var cpuShares: Int?

        /// The `oomScoreAdj` field.
        public var oomScoreAdj: Int?

        /// The `systemTags` field.
        public var systemTags: [String]?

        /// The `userTags` field.
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - cpuShares: The `cpuShares` field.
        ///   - oomScoreAdj: The `oomScoreAdj` field.
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        public init(
            uuid: String,
            cpuShares: Int? = nil,
            oomScoreAdj: Int? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.uuid = uuid
            self.cpuShares = cpuShares
            self.oomScoreAdj = oomScoreAdj
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"updatePriorityConfig": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "updatePriorityConfig"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var cpuShares: Int?
            var oomScoreAdj: Int?

            init(_ request: Request) {
                self.cpuShares = request.cpuShares
                self.oomScoreAdj = request.oomScoreAdj
            }

            private enum CodingKeys: String, CodingKey {
                case cpuShares = "cpuShares"
                case oomScoreAdj = "oomScoreAdj"
            }
        }
    }

    /// 更改云主机优先级配置返回
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
    /// UpdatePriorityConfig
    ///
    /// 更改云主机优先级配置
    ///
    /// `PUT /zstack/v1/vm-priority-config/{uuid}/actions`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - cpuShares: The `cpuShares` field.
    ///   - oomScoreAdj: The `oomScoreAdj` field.
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 更改云主机优先级配置返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updatePriorityConfig(
        uuid: String,
        cpuShares: Int? = nil,
        oomScoreAdj: Int? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> UpdatePriorityConfig.Response {
        try await updatePriorityConfig(
            UpdatePriorityConfig.Request(
                uuid: uuid,
                cpuShares: cpuShares,
                oomScoreAdj: oomScoreAdj,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// UpdatePriorityConfig
    ///
    /// 更改云主机优先级配置
    ///
    /// `PUT /zstack/v1/vm-priority-config/{uuid}/actions`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 更改云主机优先级配置返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updatePriorityConfig(
        _ request: UpdatePriorityConfig.Request,
        polling: ZStackPolling? = nil
    ) async throws -> UpdatePriorityConfig.Response {
        var call = ZStackRequestBuilder(operation: UpdatePriorityConfig.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = UpdatePriorityConfig.Body(request)
        return try await perform(call, polling: polling)
    }
}
