import HTTPTypes

/// 获取集群允许加载的二层网络
///
/// 获取集群允许加载的二层网络
///
/// `GET /zstack/v1/cluster/{clusterUuid}/l2-candidates`, synchronous, authorization required.
///
/// Category: 二层网络
public nonisolated enum GetCandidateL2NetworksForAttachingCluster {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetCandidateL2NetworksForAttachingCluster",
            method: .get,
            pathTemplate: "/zstack/v1/cluster/{clusterUuid}/l2-candidates",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 集群UUID
        public let clusterUuid: String

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
        ///   - clusterUuid: 集群UUID
        ///   - limit: The `limit` field.
        ///   - start: The `start` field.
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            clusterUuid: String,
            limit: Int? = nil,
            start: Int? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.clusterUuid = clusterUuid
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
            guard ZStackFieldwise.same(lhs.clusterUuid, rhs.clusterUuid) else { return false }
            guard ZStackFieldwise.same(lhs.limit, rhs.limit) else { return false }
            guard ZStackFieldwise.same(lhs.start, rhs.start) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 获取集群允许加载的二层网络返回值
    ///
    /// An ``InventoriesReply`` of ``ZStackJSONValue``: the replies that differ only in that type share one generic
    /// type.
    public typealias Response = InventoriesReply<ZStackJSONValue>
}

nonisolated extension ZStackClient {
    /// 获取集群允许加载的二层网络
    ///
    /// 获取集群允许加载的二层网络
    ///
    /// `GET /zstack/v1/cluster/{clusterUuid}/l2-candidates`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - clusterUuid: 集群UUID
    ///   - limit: The `limit` field.
    ///   - start: The `start` field.
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 获取集群允许加载的二层网络返回值
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getCandidateL2NetworksForAttachingCluster(
        clusterUuid: String,
        limit: Int? = nil,
        start: Int? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetCandidateL2NetworksForAttachingCluster.Response {
        try await getCandidateL2NetworksForAttachingCluster(
            GetCandidateL2NetworksForAttachingCluster.Request(
                clusterUuid: clusterUuid,
                limit: limit,
                start: start,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// 获取集群允许加载的二层网络
    ///
    /// 获取集群允许加载的二层网络
    ///
    /// `GET /zstack/v1/cluster/{clusterUuid}/l2-candidates`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取集群允许加载的二层网络返回值
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getCandidateL2NetworksForAttachingCluster(
        _ request: GetCandidateL2NetworksForAttachingCluster.Request
    ) async throws -> GetCandidateL2NetworksForAttachingCluster.Response {
        let call = ZStackRequestBuilder(operation: GetCandidateL2NetworksForAttachingCluster.operation)
        call.setPathParameter("clusterUuid", to: request.clusterUuid)
        call.appendQueryItem("limit", describing: request.limit)
        call.appendQueryItem("start", describing: request.start)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
