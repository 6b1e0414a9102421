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
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "AddAccessControlListToLoadBalancer",
            method: .post,
            pathTemplate: "/zstack/v1/load-balancers/listeners/{listenerUuid}/access-control-lists",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 监听器唯一标识
        public let listenerUuid: String

        /// 访问控制策略组的唯一标识
        public let aclUuids: [String]

        /// 访问控制策略类型
        public let aclType: AddAccessControlListToLoadBalancerAclType

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// 负载均衡器服务器组uuid
        public let serverGroupUuids: [String]?

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
            guard ZStackFieldwise.same(lhs.aclUuids, rhs.aclUuids) else { return false }
            guard ZStackFieldwise.same(lhs.aclType, rhs.aclType) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            return ZStackFieldwise.same(lhs.serverGroupUuids, rhs.serverGroupUuids)
        }
    }

    /// 添加监听器的访问控制策略
    ///
    /// An ``InventoryReply`` of ``LoadBalancerListenerInventory``: the replies that differ only in that type share one
    /// generic type.
    public typealias Response = InventoryReply<LoadBalancerListenerInventory>
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
        let call = ZStackRequestBuilder(operation: AddAccessControlListToLoadBalancer.operation)
        call.setPathParameter("listenerUuid", to: request.listenerUuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.aclUuids, forKey: "aclUuids")
                try wrapped.encodeValue(request.aclType, forKey: "aclType")
                try wrapped.encodeValue(request.serverGroupUuids, forKey: "serverGroupUuids")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
