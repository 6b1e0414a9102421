import HTTPTypes

/// 从负载均衡移除云主机网卡(RemoveVmNicFromLoadBalancer)
///
/// 从负载均衡移除云主机网卡
///
/// `DELETE /zstack/v1/load-balancers/listeners/{listenerUuid}/vm-instances/nics`, asynchronous, authorization required.
///
/// Category: 负载均衡
public nonisolated enum RemoveVmNicFromLoadBalancer {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "RemoveVmNicFromLoadBalancer",
            method: .delete,
            pathTemplate: "/zstack/v1/load-balancers/listeners/{listenerUuid}/vm-instances/nics",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 负载均衡监听器UUID
        public let listenerUuid: String

        /// 云主机网卡UUID
        public let vmNicUuids: [String]

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - listenerUuid: 负载均衡监听器UUID
        ///   - vmNicUuids: 云主机网卡UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            listenerUuid: String,
            vmNicUuids: [String],
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.listenerUuid = listenerUuid
            self.vmNicUuids = vmNicUuids
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
            guard ZStackFieldwise.same(lhs.vmNicUuids, rhs.vmNicUuids) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 从负载均衡移除云主机网卡返回值
    ///
    /// An ``InventoryReply`` of ``LoadBalancerInventory``: the replies that differ only in that type share one generic
    /// type.
    public typealias Response = InventoryReply<LoadBalancerInventory>
}

nonisolated extension ZStackClient {
    /// 从负载均衡移除云主机网卡(RemoveVmNicFromLoadBalancer)
    ///
    /// 从负载均衡移除云主机网卡
    ///
    /// `DELETE /zstack/v1/load-balancers/listeners/{listenerUuid}/vm-instances/nics`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - listenerUuid: 负载均衡监听器UUID
    ///   - vmNicUuids: 云主机网卡UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 从负载均衡移除云主机网卡返回值
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func removeVmNicFromLoadBalancer(
        listenerUuid: String,
        vmNicUuids: [String],
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> RemoveVmNicFromLoadBalancer.Response {
        try await removeVmNicFromLoadBalancer(
            RemoveVmNicFromLoadBalancer.Request(
                listenerUuid: listenerUuid,
                vmNicUuids: vmNicUuids,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// 从负载均衡移除云主机网卡(RemoveVmNicFromLoadBalancer)
    ///
    /// 从负载均衡移除云主机网卡
    ///
    /// `DELETE /zstack/v1/load-balancers/listeners/{listenerUuid}/vm-instances/nics`, asynchronous, authorization
    /// required. The method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 从负载均衡移除云主机网卡返回值
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func removeVmNicFromLoadBalancer(
        _ request: RemoveVmNicFromLoadBalancer.Request,
        polling: ZStackPolling? = nil
    ) async throws -> RemoveVmNicFromLoadBalancer.Response {
        let call = ZStackRequestBuilder(operation: RemoveVmNicFromLoadBalancer.operation)
        call.setPathParameter("listenerUuid", to: request.listenerUuid)
        call.appendQueryItems("vmNicUuids", values: request.vmNicUuids)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call, polling: polling)
    }
}
