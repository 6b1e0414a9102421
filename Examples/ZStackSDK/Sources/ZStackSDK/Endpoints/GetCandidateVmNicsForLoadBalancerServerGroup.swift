import HTTPTypes

/// GetCandidateVmNicsForLoadBalancerServerGroup
///
/// 查询负载均衡后端服务器组可以添加网卡列表
///
/// `GET /zstack/v1/load-balancers/servergroups/candidate-nics`, synchronous, authorization required.
///
/// Category: loadBalancer
public nonisolated enum GetCandidateVmNicsForLoadBalancerServerGroup {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetCandidateVmNicsForLoadBalancerServerGroup",
            method: .get,
            pathTemplate: "/zstack/v1/load-balancers/servergroups/candidate-nics",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// The `servergroupUuid` field.
        public let servergroupUuid: String?

        /// 负载均衡器UUID
        public let loadBalancerUuid: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// The `ipVersion` field.
        public let ipVersion: GetCandidateVmNicsForLoadBalancerServerGroupIpVersion?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - servergroupUuid: The `servergroupUuid` field.
        ///   - loadBalancerUuid: 负载均衡器UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - ipVersion: The `ipVersion` field.
        public init(
            servergroupUuid: String? = nil,
            loadBalancerUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            ipVersion: GetCandidateVmNicsForLoadBalancerServerGroupIpVersion? = nil
        ) {
            self.servergroupUuid = servergroupUuid
            self.loadBalancerUuid = loadBalancerUuid
            self.systemTags = systemTags
            self.userTags = userTags
            self.ipVersion = ipVersion
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
            guard ZStackFieldwise.same(lhs.servergroupUuid, rhs.servergroupUuid) else { return false }
            guard ZStackFieldwise.same(lhs.loadBalancerUuid, rhs.loadBalancerUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            return ZStackFieldwise.same(lhs.ipVersion, rhs.ipVersion)
        }
    }

    /// The reply's fields.
    ///
    /// An ``InventoriesReply`` of ``VmNicInventory``: the replies that differ only in that type share one generic type.
    public typealias Response = InventoriesReply<VmNicInventory>
}

nonisolated extension ZStackClient {
    /// GetCandidateVmNicsForLoadBalancerServerGroup
    ///
    /// 查询负载均衡后端服务器组可以添加网卡列表
    ///
    /// `GET /zstack/v1/load-balancers/servergroups/candidate-nics`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - servergroupUuid: The `servergroupUuid` field.
    ///   - loadBalancerUuid: 负载均衡器UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - ipVersion: The `ipVersion` field.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getCandidateVmNicsForLoadBalancerServerGroup(
        servergroupUuid: String? = nil,
        loadBalancerUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        ipVersion: GetCandidateVmNicsForLoadBalancerServerGroupIpVersion? = nil
    ) async throws -> GetCandidateVmNicsForLoadBalancerServerGroup.Response {
        try await getCandidateVmNicsForLoadBalancerServerGroup(
            GetCandidateVmNicsForLoadBalancerServerGroup.Request(
                servergroupUuid: servergroupUuid,
                loadBalancerUuid: loadBalancerUuid,
                systemTags: systemTags,
                userTags: userTags,
                ipVersion: ipVersion
            )
        )
    }

    /// GetCandidateVmNicsForLoadBalancerServerGroup
    ///
    /// 查询负载均衡后端服务器组可以添加网卡列表
    ///
    /// `GET /zstack/v1/load-balancers/servergroups/candidate-nics`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getCandidateVmNicsForLoadBalancerServerGroup(
        _ request: GetCandidateVmNicsForLoadBalancerServerGroup.Request
    ) async throws -> GetCandidateVmNicsForLoadBalancerServerGroup.Response {
        let call = ZStackRequestBuilder(operation: GetCandidateVmNicsForLoadBalancerServerGroup.operation)
        call.appendQueryItem("servergroupUuid", value: request.servergroupUuid)
        call.appendQueryItem("loadBalancerUuid", value: request.loadBalancerUuid)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        call.appendQueryItem("ipVersion", value: request.ipVersion?.rawValue)
        return try await perform(call)
    }
}
