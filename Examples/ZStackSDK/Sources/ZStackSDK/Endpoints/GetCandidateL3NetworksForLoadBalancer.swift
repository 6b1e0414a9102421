import HTTPTypes

/// GetCandidateL3NetworksForLoadBalancer
///
/// 获取监听器可加载L3网络
///
/// `GET /zstack/v1/load-balancers/listeners/{listenerUuid}/networks/candidates`, synchronous, authorization required.
///
/// Category: loadBalancer
public nonisolated enum GetCandidateL3NetworksForLoadBalancer {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetCandidateL3NetworksForLoadBalancer",
            method: .get,
            pathTemplate: "/zstack/v1/load-balancers/listeners/{listenerUuid}/networks/candidates",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// The `listenerUuid` field.
        public let listenerUuid: String

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
        ///   - listenerUuid: The `listenerUuid` field.
        ///   - limit: The `limit` field.
        ///   - start: The `start` field.
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            listenerUuid: String,
            limit: Int? = nil,
            start: Int? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.listenerUuid = listenerUuid
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
            guard ZStackFieldwise.same(lhs.listenerUuid, rhs.listenerUuid) else { return false }
            guard ZStackFieldwise.same(lhs.limit, rhs.limit) else { return false }
            guard ZStackFieldwise.same(lhs.start, rhs.start) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 获取监听器候选L3网络
    ///
    /// An ``InventoriesReply`` of ``L3NetworkInventory``: the replies that differ only in that type share one generic
    /// type.
    public typealias Response = InventoriesReply<L3NetworkInventory>
}

nonisolated extension ZStackClient {
    /// GetCandidateL3NetworksForLoadBalancer
    ///
    /// 获取监听器可加载L3网络
    ///
    /// `GET /zstack/v1/load-balancers/listeners/{listenerUuid}/networks/candidates`, synchronous, authorization
    /// required.
    ///
    /// - Parameters:
    ///   - listenerUuid: The `listenerUuid` field.
    ///   - limit: The `limit` field.
    ///   - start: The `start` field.
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 获取监听器候选L3网络
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getCandidateL3NetworksForLoadBalancer(
        listenerUuid: String,
        limit: Int? = nil,
        start: Int? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetCandidateL3NetworksForLoadBalancer.Response {
        try await getCandidateL3NetworksForLoadBalancer(
            GetCandidateL3NetworksForLoadBalancer.Request(
                listenerUuid: listenerUuid,
                limit: limit,
                start: start,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// GetCandidateL3NetworksForLoadBalancer
    ///
    /// 获取监听器可加载L3网络
    ///
    /// `GET /zstack/v1/load-balancers/listeners/{listenerUuid}/networks/candidates`, synchronous, authorization
    /// required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取监听器候选L3网络
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getCandidateL3NetworksForLoadBalancer(
        _ request: GetCandidateL3NetworksForLoadBalancer.Request
    ) async throws -> GetCandidateL3NetworksForLoadBalancer.Response {
        let call = ZStackRequestBuilder(operation: GetCandidateL3NetworksForLoadBalancer.operation)
        call.setPathParameter("listenerUuid", to: request.listenerUuid)
        call.appendQueryItem("limit", describing: request.limit)
        call.appendQueryItem("start", describing: request.start)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
