import HTTPTypes

/// 挂载二层网络到集群(AttachL2NetworkToCluster)
///
/// 挂载二层网络到集群
///
/// `POST /zstack/v1/l2-networks/{l2NetworkUuid}/clusters/{clusterUuid}`, asynchronous, authorization required.
///
/// Category: 二层网络
public nonisolated enum AttachL2NetworkToCluster {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "AttachL2NetworkToCluster",
        method: .post,
        pathTemplate: "/zstack/v1/l2-networks/{l2NetworkUuid}/clusters/{clusterUuid}",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 二层网络UUID
        public var l2NetworkUuid: String

        /// 集群UUID
        public var clusterUuid: String

        /// 二层网络实现类型
        public var l2ProviderType: AttachL2NetworkToClusterL2ProviderType?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - l2NetworkUuid: 二层网络UUID
        ///   - clusterUuid: 集群UUID
        ///   - l2ProviderType: 二层网络实现类型
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            l2NetworkUuid: String,
            clusterUuid: String,
            l2ProviderType: AttachL2NetworkToClusterL2ProviderType? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.l2NetworkUuid = l2NetworkUuid
            self.clusterUuid = clusterUuid
            self.l2ProviderType = l2ProviderType
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"null": {...}}`, with the fields outside the wrapper beside it.
    struct Body: Encodable {
        var wrapped: Wrapped
        var l2ProviderType: AttachL2NetworkToClusterL2ProviderType?
        var systemTags: [String]?
        var userTags: [String]?

        init(_ request: Request) {
            self.wrapped = Wrapped(request)
            self.l2ProviderType = request.l2ProviderType
            self.systemTags = request.systemTags
            self.userTags = request.userTags
        }

        private enum CodingKeys: String, CodingKey {
            case wrapped = "null"
            case l2ProviderType = "l2ProviderType"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The inside of the wrapper: every field stays outside it, so it encodes as `{}`.
        struct Wrapped: Encodable {
            init(_ request: Request) {}
        }
    }

    /// 二层网络清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: L2NetworkInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: L2NetworkInventory? = nil) {
            self.success = success
            self.error = error
            self.inventory = inventory
        }

        private enum CodingKeys: String, CodingKey {
            case success = "success"
            case error = "error"
            case inventory = "inventory"
        }
    }
}

nonisolated extension ZStackClient {
    /// 挂载二层网络到集群(AttachL2NetworkToCluster)
    ///
    /// 挂载二层网络到集群
    ///
    /// `POST /zstack/v1/l2-networks/{l2NetworkUuid}/clusters/{clusterUuid}`, asynchronous, authorization required. The
    /// method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - l2NetworkUuid: 二层网络UUID
    ///   - clusterUuid: 集群UUID
    ///   - l2ProviderType: 二层网络实现类型
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 二层网络清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func attachL2NetworkToCluster(
        l2NetworkUuid: String,
        clusterUuid: String,
        l2ProviderType: AttachL2NetworkToClusterL2ProviderType? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AttachL2NetworkToCluster.Response {
        try await attachL2NetworkToCluster(
            AttachL2NetworkToCluster.Request(
                l2NetworkUuid: l2NetworkUuid,
                clusterUuid: clusterUuid,
                l2ProviderType: l2ProviderType,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// 挂载二层网络到集群(AttachL2NetworkToCluster)
    ///
    /// 挂载二层网络到集群
    ///
    /// `POST /zstack/v1/l2-networks/{l2NetworkUuid}/clusters/{clusterUuid}`, asynchronous, authorization required. The
    /// method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 二层网络清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func attachL2NetworkToCluster(
        _ request: AttachL2NetworkToCluster.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AttachL2NetworkToCluster.Response {
        var call = ZStackRequestBuilder(operation: AttachL2NetworkToCluster.operation)
        call.setPathParameter("l2NetworkUuid", to: request.l2NetworkUuid)
        call.setPathParameter("clusterUuid", to: request.clusterUuid)
        call.jsonBody = AttachL2NetworkToCluster.Body(request)
        return try await perform(call, polling: polling)
    }
}
