import HTTPTypes

/// 获取二层网络允许加载的集群
///
/// 获取二层网络允许加载的集群
///
/// `GET /zstack/v1/l2-networks/{l2NetworkUuid}/cluster-candidates`, synchronous, authorization required.
///
/// Category: 二层网络
public nonisolated enum GetCandidateClustersForAttachingL2Network {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetCandidateClustersForAttachingL2Network",
            method: .get,
            pathTemplate: "/zstack/v1/l2-networks/{l2NetworkUuid}/cluster-candidates",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 二层网络UUID
        public let l2NetworkUuid: String

        /// The `clusterTypes` field.
        public let clusterTypes: [String]?

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
        ///   - l2NetworkUuid: 二层网络UUID
        ///   - clusterTypes: The `clusterTypes` field.
        ///   - limit: The `limit` field.
        ///   - start: The `start` field.
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            l2NetworkUuid: String,
            clusterTypes: [String]? = nil,
            limit: Int? = nil,
            start: Int? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.l2NetworkUuid = l2NetworkUuid
            self.clusterTypes = clusterTypes
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
            guard ZStackFieldwise.same(lhs.l2NetworkUuid, rhs.l2NetworkUuid) else { return false }
            guard ZStackFieldwise.same(lhs.clusterTypes, rhs.clusterTypes) else { return false }
            guard ZStackFieldwise.same(lhs.limit, rhs.limit) else { return false }
            guard ZStackFieldwise.same(lhs.start, rhs.start) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 获取二层网络允许加载的集群返回值
    ///
    /// An ``InventoriesReply`` of ``ClusterInventory``: the replies that differ only in that type share one generic
    /// type.
    public typealias Response = InventoriesReply<ClusterInventory>
}

nonisolated extension ZStackClient {
    /// 获取二层网络允许加载的集群
    ///
    /// 获取二层网络允许加载的集群
    ///
    /// `GET /zstack/v1/l2-networks/{l2NetworkUuid}/cluster-candidates`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - l2NetworkUuid: 二层网络UUID
    ///   - clusterTypes: The `clusterTypes` field.
    ///   - limit: The `limit` field.
    ///   - start: The `start` field.
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 获取二层网络允许加载的集群返回值
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getCandidateClustersForAttachingL2Network(
        l2NetworkUuid: String,
        clusterTypes: [String]? = nil,
        limit: Int? = nil,
        start: Int? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetCandidateClustersForAttachingL2Network.Response {
        try await getCandidateClustersForAttachingL2Network(
            GetCandidateClustersForAttachingL2Network.Request(
                l2NetworkUuid: l2NetworkUuid,
                clusterTypes: clusterTypes,
                limit: limit,
                start: start,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// 获取二层网络允许加载的集群
    ///
    /// 获取二层网络允许加载的集群
    ///
    /// `GET /zstack/v1/l2-networks/{l2NetworkUuid}/cluster-candidates`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取二层网络允许加载的集群返回值
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getCandidateClustersForAttachingL2Network(
        _ request: GetCandidateClustersForAttachingL2Network.Request
    ) async throws -> GetCandidateClustersForAttachingL2Network.Response {
        let call = ZStackRequestBuilder(operation: GetCandidateClustersForAttachingL2Network.operation)
        call.setPathParameter("l2NetworkUuid", to: request.l2NetworkUuid)
        call.appendQueryItems("clusterTypes", values: request.clusterTypes)
        call.appendQueryItem("limit", describing: request.limit)
        call.appendQueryItem("start", describing: request.start)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
