import HTTPTypes

/// ChangeClusterState
///
/// 管理员可以使用ChangeClusterState来改变一个集群的可用状态
///
/// `PUT /zstack/v1/clusters/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: cluster
public nonisolated enum ChangeClusterState {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "ChangeClusterState",
        method: .put,
        pathTemplate: "/zstack/v1/clusters/{uuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源的UUID，唯一标示该资源
        public var uuid: String

        /// 可用状态触发事件
        public var stateEvent: ChangeClusterStateStateEvent

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - stateEvent: 可用状态触发事件
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            uuid: String,
            stateEvent: ChangeClusterStateStateEvent,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.uuid = uuid
            self.stateEvent = stateEvent
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"changeClusterState": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "changeClusterState"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var stateEvent: ChangeClusterStateStateEvent

            init(_ request: Request) {
                self.stateEvent = request.stateEvent
            }

            private enum CodingKeys: String, CodingKey {
                case stateEvent = "stateEvent"
            }
        }
    }

    /// 集群清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: ClusterInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: ClusterInventory? = nil) {
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
    /// ChangeClusterState
    ///
    /// 管理员可以使用ChangeClusterState来改变一个集群的可用状态
    ///
    /// `PUT /zstack/v1/clusters/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - stateEvent: 可用状态触发事件
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 集群清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func changeClusterState(
        uuid: String,
        stateEvent: ChangeClusterStateStateEvent,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> ChangeClusterState.Response {
        try await changeClusterState(
            ChangeClusterState.Request(uuid: uuid, stateEvent: stateEvent, systemTags: systemTags, userTags: userTags),
            polling: polling
        )
    }

    /// ChangeClusterState
    ///
    /// 管理员可以使用ChangeClusterState来改变一个集群的可用状态
    ///
    /// `PUT /zstack/v1/clusters/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 集群清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func changeClusterState(
        _ request: ChangeClusterState.Request,
        polling: ZStackPolling? = nil
    ) async throws -> ChangeClusterState.Response {
        var call = ZStackRequestBuilder(operation: ChangeClusterState.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = ChangeClusterState.Body(request)
        return try await perform(call, polling: polling)
    }
}
