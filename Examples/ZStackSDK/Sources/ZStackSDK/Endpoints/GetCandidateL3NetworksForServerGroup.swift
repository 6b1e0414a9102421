import HTTPTypes

/// GetCandidateL3NetworksForServerGroup
///
/// 查询负载均衡后端服务组所能绑定的三层网络
///
/// `GET /zstack/v1/load-balancers/servergroups/candidate-l3network`, synchronous, authorization required.
///
/// Category: loadBalancer
public nonisolated enum GetCandidateL3NetworksForServerGroup {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetCandidateL3NetworksForServerGroup",
            method: .get,
            pathTemplate: "/zstack/v1/load-balancers/servergroups/candidate-l3network",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// The `serverGroupUuid` field.
        public let serverGroupUuid: String?

        /// 负载均衡器UUID
        public let loadBalancerUuid: String?

        /// The `limit` field.
        public let limit: Int?

        /// The `start` field.
        public let start: Int?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - serverGroupUuid: The `serverGroupUuid` field.
        ///   - loadBalancerUuid: 负载均衡器UUID
        ///   - limit: The `limit` field.
        ///   - start: The `start` field.
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            serverGroupUuid: String? = nil,
            loadBalancerUuid: String? = nil,
            limit: Int? = nil,
            start: Int? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.serverGroupUuid = serverGroupUuid
            self.loadBalancerUuid = loadBalancerUuid
            self.limit = limit
            self.start = start
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
            guard ZStackFieldwise.same(lhs.serverGroupUuid, rhs.serverGroupUuid) else { return false }
            guard ZStackFieldwise.same(lhs.loadBalancerUuid, rhs.loadBalancerUuid) else { return false }
            guard ZStackFieldwise.same(lhs.limit, rhs.limit) else { return false }
            guard ZStackFieldwise.same(lhs.start, rhs.start) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// The reply's fields.
    ///
    /// An ``InventoriesReply`` of ``L3NetworkInventory``: the replies that differ only in that type share one generic
    /// type.
    public typealias Response = InventoriesReply<L3NetworkInventory>
}

nonisolated extension ZStackClient {
    /// GetCandidateL3NetworksForServerGroup
    ///
    /// 查询负载均衡后端服务组所能绑定的三层网络
    ///
    /// `GET /zstack/v1/load-balancers/servergroups/candidate-l3network`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - serverGroupUuid: The `serverGroupUuid` field.
    ///   - loadBalancerUuid: 负载均衡器UUID
    ///   - limit: The `limit` field.
    ///   - start: The `start` field.
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getCandidateL3NetworksForServerGroup(
        serverGroupUuid: String? = nil,
        loadBalancerUuid: String? = nil,
        limit: Int? = nil,
        start: Int? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetCandidateL3NetworksForServerGroup.Response {
        try await getCandidateL3NetworksForServerGroup(
            GetCandidateL3NetworksForServerGroup.Request(
                serverGroupUuid: serverGroupUuid,
                loadBalancerUuid: loadBalancerUuid,
                limit: limit,
                start: start,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// GetCandidateL3NetworksForServerGroup
    ///
    /// 查询负载均衡后端服务组所能绑定的三层网络
    ///
    /// `GET /zstack/v1/load-balancers/servergroups/candidate-l3network`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getCandidateL3NetworksForServerGroup(
        _ request: GetCandidateL3NetworksForServerGroup.Request
    ) async throws -> GetCandidateL3NetworksForServerGroup.Response {
        let call = ZStackRequestBuilder(operation: GetCandidateL3NetworksForServerGroup.operation)
        call.appendQueryItem("serverGroupUuid", value: request.serverGroupUuid)
        call.appendQueryItem("loadBalancerUuid", value: request.loadBalancerUuid)
        call.appendQueryItem("limit", describing: request.limit)
        call.appendQueryItem("start", describing: request.start)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
