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
    public static let operation = ZStackOperation(
        id: "GetCandidateClustersForAttachingL2Network",
        method: .get,
        pathTemplate: "/zstack/v1/l2-networks/{l2NetworkUuid}/cluster-candidates",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 二层网络UUID
        public var l2NetworkUuid: String

        /// The `clusterTypes` field.
        public var clusterTypes: [String]?

        /// The `limit` field.
        public var limit: Int?

        /// The `start` field.
        public var start: Int?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

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
    }

    /// 获取二层网络允许加载的集群返回值
    public struct Response: Codable, Sendable, Hashable {
        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventories` field.
        public var inventories: [ClusterInventory]?

        /// The `success` field.
        public var success: Bool?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventories: The `inventories` field.
        ///   - success: The `success` field.
        public init(error: ErrorCode? = nil, inventories: [ClusterInventory]? = nil, success: Bool? = nil) {
            self.error = error
            self.inventories = inventories
            self.success = success
        }

        private enum CodingKeys: String, CodingKey {
            case error = "error"
            case inventories = "inventories"
            case success = "success"
        }
    }
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
        var call = ZStackRequestBuilder(operation: GetCandidateClustersForAttachingL2Network.operation)
        call.setPathParameter("l2NetworkUuid", to: request.l2NetworkUuid)
        call.appendQueryItems("clusterTypes", values: request.clusterTypes)
        call.appendQueryItem("limit", value: request.limit.map { "\($0)" })
        call.appendQueryItem("start", value: request.start.map { "\($0)" })
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
