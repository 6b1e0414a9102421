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
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "AddServerGroupToLoadBalancerListener",
            method: .post,
            pathTemplate: "/zstack/v1/load-balancers/listeners/{listenerUuid}/servergroups",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 负载均衡器监听器uuid
        public let listenerUuid: String

        /// 负载均衡器服务器组uuid
        public let serverGroupUuid: String

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

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

        /// Whether two values are equal (`==`): all their fields are.
        ///
        /// `Equatable`'s `==` under a name of its own, so that it does not join the overloads that every `==` in this
        /// module and in its importers is checked against.
        ///
        /// - Parameters:
        ///   - lhs: A value.
        ///   - rhs: Another value.
        /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
        @_implements(Equatable,==(_:_:))
        public static func fieldsAreEqual(_ lhs: Request, _ rhs: Request) -> Bool {
            guard ZStackFieldwise.same(lhs.listenerUuid, rhs.listenerUuid) else { return false }
            guard ZStackFieldwise.same(lhs.serverGroupUuid, rhs.serverGroupUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 负载均衡器监听器清单
    ///
    /// An ``InventoryReply`` of ``LoadBalancerListenerInventory``: the replies that differ only in that type share one
    /// generic type.
    public typealias Response = InventoryReply<LoadBalancerListenerInventory>
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
        let call = ZStackRequestBuilder(operation: AddServerGroupToLoadBalancerListener.operation)
        call.setPathParameter("listenerUuid", to: request.listenerUuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.serverGroupUuid, forKey: "serverGroupUuid")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
