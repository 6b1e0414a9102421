import HTTPTypes

/// RemoveServerGroupFromLoadBalancerListener
///
/// 在这里填写API描述
///
/// `DELETE /zstack/v1/load-balancers/listeners/{listenerUuid}/servergroups`, asynchronous, authorization required.
///
/// Category: loadBalancer
public nonisolated enum RemoveServerGroupFromLoadBalancerListener {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "RemoveServerGroupFromLoadBalancerListener",
            method: .delete,
            pathTemplate: "/zstack/v1/load-balancers/listeners/{listenerUuid}/servergroups",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// The `listenerUuid` field.
        public let listenerUuid: String

        /// The `serverGroupUuid` field.
        public let serverGroupUuid: String

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - listenerUuid: The `listenerUuid` field.
        ///   - serverGroupUuid: The `serverGroupUuid` field.
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

    /// The reply's fields.
    ///
    /// An ``InventoryReply`` of ``LoadBalancerListenerInventory``: the replies that differ only in that type share one
    /// generic type.
    public typealias Response = InventoryReply<LoadBalancerListenerInventory>
}

nonisolated extension ZStackClient {
    /// RemoveServerGroupFromLoadBalancerListener
    ///
    /// 在这里填写API描述
    ///
    /// `DELETE /zstack/v1/load-balancers/listeners/{listenerUuid}/servergroups`, asynchronous, authorization required.
    /// The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - listenerUuid: The `listenerUuid` field.
    ///   - serverGroupUuid: The `serverGroupUuid` field.
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func removeServerGroupFromLoadBalancerListener(
        listenerUuid: String,
        serverGroupUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> RemoveServerGroupFromLoadBalancerListener.Response {
        try await removeServerGroupFromLoadBalancerListener(
            RemoveServerGroupFromLoadBalancerListener.Request(
                listenerUuid: listenerUuid,
                serverGroupUuid: serverGroupUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// RemoveServerGroupFromLoadBalancerListener
    ///
    /// 在这里填写API描述
    ///
    /// `DELETE /zstack/v1/load-balancers/listeners/{listenerUuid}/servergroups`, asynchronous, authorization required.
    /// The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func removeServerGroupFromLoadBalancerListener(
        _ request: RemoveServerGroupFromLoadBalancerListener.Request,
        polling: ZStackPolling? = nil
    ) async throws -> RemoveServerGroupFromLoadBalancerListener.Response {
        let call = ZStackRequestBuilder(operation: RemoveServerGroupFromLoadBalancerListener.operation)
        call.setPathParameter("listenerUuid", to: request.listenerUuid)
        call.appendQueryItem("serverGroupUuid", value: request.serverGroupUuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call, polling: polling)
    }
}
