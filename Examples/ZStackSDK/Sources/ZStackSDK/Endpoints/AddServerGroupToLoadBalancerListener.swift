import HTTPTypes

/// AddServerGroupToLoadBalancerListener
///
/// 绑定负载均衡器服务器组到监听器
///
/// `POST /zstack/v1/load-balancers/listeners/{listenerUuid}/servergroups`, asynchronous, authorization required.
///
/// Category: loadBalancer
public nonisolated enum AddServerGroupToLoadBalancerListener {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "AddServerGroupToLoadBalancerListener",
        method: .post,
        pathTemplate: "/zstack/v1/load-balancers/listeners/{listenerUuid}/servergroups",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 负载均衡器监听器uuid
        public var listenerUuid: String

        /// 负载均衡器服务器组uuid
        public var serverGroupUuid: String

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - listenerUuid: 负载均衡器监听器uuid
        ///   - serverGroupUuid: 负载均衡器服务器组uuid
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            listenerUuid: String,
            serverGroupUuid: String,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.listenerUuid = listenerUuid
            self.serverGroupUuid = serverGroupUuid
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
            var serverGroupUuid: String

            init(_ request: Request) {
                self.serverGroupUuid = request.serverGroupUuid
            }

            private enum CodingKeys: String, CodingKey {
                case serverGroupUuid = "serverGroupUuid"
            }
        }
    }

    /// 负载均衡器监听器清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: LoadBalancerListenerInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: LoadBalancerListenerInventory? = nil) {
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
    /// AddServerGroupToLoadBalancerListener
    ///
    /// 绑定负载均衡器服务器组到监听器
    ///
    /// `POST /zstack/v1/load-balancers/listeners/{listenerUuid}/servergroups`, asynchronous, authorization required.
    /// The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - listenerUuid: 负载均衡器监听器uuid
    ///   - serverGroupUuid: 负载均衡器服务器组uuid
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 负载均衡器监听器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addServerGroupToLoadBalancerListener(
        listenerUuid: String,
        serverGroupUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AddServerGroupToLoadBalancerListener.Response {
        try await addServerGroupToLoadBalancerListener(
            AddServerGroupToLoadBalancerListener.Request(
                listenerUuid: listenerUuid,
                serverGroupUuid: serverGroupUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// AddServerGroupToLoadBalancerListener
    ///
    /// 绑定负载均衡器服务器组到监听器
    ///
    /// `POST /zstack/v1/load-balancers/listeners/{listenerUuid}/servergroups`, asynchronous, authorization required.
    /// The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 负载均衡器监听器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addServerGroupToLoadBalancerListener(
        _ request: AddServerGroupToLoadBalancerListener.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AddServerGroupToLoadBalancerListener.Response {
        var call = ZStackRequestBuilder(operation: AddServerGroupToLoadBalancerListener.operation)
        call.setPathParameter("listenerUuid", to: request.listenerUuid)
        call.jsonBody = AddServerGroupToLoadBalancerListener.Body(request)
        return try await perform(call, polling: polling)
    }
}
