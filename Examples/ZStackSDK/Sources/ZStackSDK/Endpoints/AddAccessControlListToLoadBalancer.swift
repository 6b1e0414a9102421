import HTTPTypes

/// AddAccessControlListToLoadBalancer
///
/// 添加监听器的访问控制策略
///
/// `POST /zstack/v1/load-balancers/listeners/{listenerUuid}/access-control-lists`, asynchronous, authorization
/// required.
///
/// Category: loadBalancer
public nonisolated enum AddAccessControlListToLoadBalancer {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "AddAccessControlListToLoadBalancer",
        method: .post,
        pathTemplate: "/zstack/v1/load-balancers/listeners/{listenerUuid}/access-control-lists",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 监听器唯一标识
        public var listenerUuid: String

        /// 访问控制策略组的唯一标识
        public var aclUuids: [String]

        /// 访问控制策略类型
        public var aclType: AddAccessControlListToLoadBalancerAclType

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// 负载均衡器服务器组uuid
        public var serverGroupUuids: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - listenerUuid: 监听器唯一标识
        ///   - aclUuids: 访问控制策略组的唯一标识
        ///   - aclType: 访问控制策略类型
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - serverGroupUuids: 负载均衡器服务器组uuid
        public init(
            listenerUuid: String,
            aclUuids: [String],
            aclType: AddAccessControlListToLoadBalancerAclType,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            serverGroupUuids: [String]? = nil
        ) {
            self.listenerUuid = listenerUuid
            self.aclUuids = aclUuids
            self.aclType = aclType
            self.systemTags = systemTags
            self.userTags = userTags
            self.serverGroupUuids = serverGroupUuids
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
            var aclUuids: [String]
            var aclType: AddAccessControlListToLoadBalancerAclType
            var serverGroupUuids: [String]?

            init(_ request: Request) {
                self.aclUuids = request.aclUuids
                self.aclType = request.aclType
                self.serverGroupUuids = request.serverGroupUuids
            }

            private enum CodingKeys: String, CodingKey {
                case aclUuids = "aclUuids"
                case aclType = "aclType"
                case serverGroupUuids = "serverGroupUuids"
            }
        }
    }

    /// 添加监听器的访问控制策略
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
    /// AddAccessControlListToLoadBalancer
    ///
    /// 添加监听器的访问控制策略
    ///
    /// `POST /zstack/v1/load-balancers/listeners/{listenerUuid}/access-control-lists`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - listenerUuid: 监听器唯一标识
    ///   - aclUuids: 访问控制策略组的唯一标识
    ///   - aclType: 访问控制策略类型
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - serverGroupUuids: 负载均衡器服务器组uuid
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 添加监听器的访问控制策略
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addAccessControlListToLoadBalancer(
        listenerUuid: String,
        aclUuids: [String],
        aclType: AddAccessControlListToLoadBalancerAclType,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        serverGroupUuids: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AddAccessControlListToLoadBalancer.Response {
        try await addAccessControlListToLoadBalancer(
            AddAccessControlListToLoadBalancer.Request(
                listenerUuid: listenerUuid,
                aclUuids: aclUuids,
                aclType: aclType,
                systemTags: systemTags,
                userTags: userTags,
                serverGroupUuids: serverGroupUuids
            ),
            polling: polling
        )
    }

    /// AddAccessControlListToLoadBalancer
    ///
    /// 添加监听器的访问控制策略
    ///
    /// `POST /zstack/v1/load-balancers/listeners/{listenerUuid}/access-control-lists`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 添加监听器的访问控制策略
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addAccessControlListToLoadBalancer(
        _ request: AddAccessControlListToLoadBalancer.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AddAccessControlListToLoadBalancer.Response {
        var call = ZStackRequestBuilder(operation: AddAccessControlListToLoadBalancer.operation)
        call.setPathParameter("listenerUuid", to: request.listenerUuid)
        call.jsonBody = AddAccessControlListToLoadBalancer.Body(request)
        return try await perform(call, polling: polling)
    }
}
