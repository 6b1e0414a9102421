import HTTPTypes

/// RemoveAccessControlListFromLoadBalancer
///
/// 删除监听器访问控制策略
///
/// `DELETE /zstack/v1/load-balancers/listeners/{listenerUuid}/access-control-lists`, asynchronous, authorization
/// required.
///
/// Category: loadBalancer
public nonisolated enum RemoveAccessControlListFromLoadBalancer {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "RemoveAccessControlListFromLoadBalancer",
            method: .delete,
            pathTemplate: "/zstack/v1/load-balancers/listeners/{listenerUuid}/access-control-lists",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 监听器唯一标识
        public let listenerUuid: String

        /// 访问控制策略组唯一标识
        public let aclUuids: [String]

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// The `serverGroupUuids` field.
        public let serverGroupUuids: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - listenerUuid: 监听器唯一标识
        ///   - aclUuids: 访问控制策略组唯一标识
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - serverGroupUuids: The `serverGroupUuids` field.
        public init(
            listenerUuid: String,
            aclUuids: [String],
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            serverGroupUuids: [String]? = nil
        ) {
            self.listenerUuid = listenerUuid
            self.aclUuids = aclUuids
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
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            return ZStackFieldwise.same(lhs.serverGroupUuids, rhs.serverGroupUuids)
        }
    }

    /// 删除监听器的访问控制策略返回值
    ///
    /// An ``InventoryReply`` of ``LoadBalancerListenerInventory``: the replies that differ only in that type share one
    /// generic type.
    public typealias Response = InventoryReply<LoadBalancerListenerInventory>
}

nonisolated extension ZStackClient {
    /// RemoveAccessControlListFromLoadBalancer
    ///
    /// 删除监听器访问控制策略
    ///
    /// `DELETE /zstack/v1/load-balancers/listeners/{listenerUuid}/access-control-lists`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - listenerUuid: 监听器唯一标识
    ///   - aclUuids: 访问控制策略组唯一标识
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - serverGroupUuids: The `serverGroupUuids` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 删除监听器的访问控制策略返回值
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func removeAccessControlListFromLoadBalancer(
        listenerUuid: String,
        aclUuids: [String],
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        serverGroupUuids: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> RemoveAccessControlListFromLoadBalancer.Response {
        try await removeAccessControlListFromLoadBalancer(
            RemoveAccessControlListFromLoadBalancer.Request(
                listenerUuid: listenerUuid,
                aclUuids: aclUuids,
                systemTags: systemTags,
                userTags: userTags,
                serverGroupUuids: serverGroupUuids
            ),
            polling: polling
        )
    }

    /// RemoveAccessControlListFromLoadBalancer
    ///
    /// 删除监听器访问控制策略
    ///
    /// `DELETE /zstack/v1/load-balancers/listeners/{listenerUuid}/access-control-lists`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 删除监听器的访问控制策略返回值
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func removeAccessControlListFromLoadBalancer(
        _ request: RemoveAccessControlListFromLoadBalancer.Request,
        polling: ZStackPolling? = nil
    ) async throws -> RemoveAccessControlListFromLoadBalancer.Response {
        let call = ZStackRequestBuilder(operation: RemoveAccessControlListFromLoadBalancer.operation)
        call.setPathParameter("listenerUuid", to: request.listenerUuid)
        call.appendQueryItems("aclUuids", values: request.aclUuids)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        call.appendQueryItems("serverGroupUuids", values: request.serverGroupUuids)
        return try await perform(call, polling: polling)
    }
}
