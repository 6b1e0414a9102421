import HTTPTypes

/// 获取可供负载均衡器添加的云主机网卡(GetCandidateVmNicsForLoadBalancer)
///
/// 获取可供负载均衡器添加的云主机网卡
///
/// `GET /zstack/v1/load-balancers/listeners/{listenerUuid}/vm-instances/candidate-nics`, synchronous, authorization
/// required.
///
/// Category: 负载均衡
public nonisolated enum GetCandidateVmNicsForLoadBalancer {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetCandidateVmNicsForLoadBalancer",
            method: .get,
            pathTemplate: "/zstack/v1/load-balancers/listeners/{listenerUuid}/vm-instances/candidate-nics",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 负载均衡监听器UUID
        public let listenerUuid: String

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - listenerUuid: 负载均衡监听器UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(listenerUuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.listenerUuid = listenerUuid
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
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 负载均衡器清单
    ///
    /// An ``InventoriesReply`` of ``VmNicInventory``: the replies that differ only in that type share one generic type.
    public typealias Response = InventoriesReply<VmNicInventory>
}

nonisolated extension ZStackClient {
    /// 获取可供负载均衡器添加的云主机网卡(GetCandidateVmNicsForLoadBalancer)
    ///
    /// 获取可供负载均衡器添加的云主机网卡
    ///
    /// `GET /zstack/v1/load-balancers/listeners/{listenerUuid}/vm-instances/candidate-nics`, synchronous, authorization
    /// required.
    ///
    /// - Parameters:
    ///   - listenerUuid: 负载均衡监听器UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 负载均衡器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getCandidateVmNicsForLoadBalancer(
        listenerUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetCandidateVmNicsForLoadBalancer.Response {
        try await getCandidateVmNicsForLoadBalancer(
            GetCandidateVmNicsForLoadBalancer.Request(
                listenerUuid: listenerUuid,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// 获取可供负载均衡器添加的云主机网卡(GetCandidateVmNicsForLoadBalancer)
    ///
    /// 获取可供负载均衡器添加的云主机网卡
    ///
    /// `GET /zstack/v1/load-balancers/listeners/{listenerUuid}/vm-instances/candidate-nics`, synchronous, authorization
    /// required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 负载均衡器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getCandidateVmNicsForLoadBalancer(
        _ request: GetCandidateVmNicsForLoadBalancer.Request
    ) async throws -> GetCandidateVmNicsForLoadBalancer.Response {
        let call = ZStackRequestBuilder(operation: GetCandidateVmNicsForLoadBalancer.operation)
        call.setPathParameter("listenerUuid", to: request.listenerUuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
