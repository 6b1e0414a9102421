import HTTPTypes

/// AttachVipToLoadBalancer
///
/// 加载VIP到负载均衡器
///
/// `POST /zstack/v1/load-balancers/{loadBalancerUuid}/vip/{vipUuid}`, asynchronous, authorization required.
///
/// Category: 负载均衡
public nonisolated enum AttachVipToLoadBalancer {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "AttachVipToLoadBalancer",
        method: .post,
        pathTemplate: "/zstack/v1/load-balancers/{loadBalancerUuid}/vip/{vipUuid}",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 负载均衡器UUID
        public var loadBalancerUuid: String

        /// VIP UUID
        public var vipUuid: String

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - loadBalancerUuid: 负载均衡器UUID
        ///   - vipUuid: VIP UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(loadBalancerUuid: String, vipUuid: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.loadBalancerUuid = loadBalancerUuid
            self.vipUuid = vipUuid
            self.systemTags = systemTags
            self.userTags = userTags
        }
    }

    /// The JSON body of a request: `{"params": {...}}`, with the fields outside the wrapper beside it.
    struct Body: Encodable {
        var wrapped: Wrapped
        var systemTags: [String]?
        var userTags: [String]?

        init(_ request: Request) {
            self.wrapped = Wrapped(request)
            self.systemTags = request.systemTags
            self.userTags = request.userTags
        }

        private enum CodingKeys: String, CodingKey {
            case wrapped = "params"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The inside of the wrapper: every field stays outside it, so it encodes as `{}`.
        struct Wrapped: Encodable {
            init(_ request: Request) {}
        }
    }

    /// 负载均衡器清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `inventory` field.
        public var inventory: LoadBalancerInventory?

        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - inventory: The `inventory` field.
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public init(inventory: LoadBalancerInventory? = nil, success: Bool? = nil, error: ErrorCode? = nil) {
            self.inventory = inventory
            self.success = success
            self.error = error
        }

        private enum CodingKeys: String, CodingKey {
            case inventory = "inventory"
            case success = "success"
            case error = "error"
        }
    }
}

nonisolated extension ZStackClient {
    /// AttachVipToLoadBalancer
    ///
    /// 加载VIP到负载均衡器
    ///
    /// `POST /zstack/v1/load-balancers/{loadBalancerUuid}/vip/{vipUuid}`, asynchronous, authorization required. The
    /// method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - loadBalancerUuid: 负载均衡器UUID
    ///   - vipUuid: VIP UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 负载均衡器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func attachVipToLoadBalancer(
        loadBalancerUuid: String,
        vipUuid: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AttachVipToLoadBalancer.Response {
        try await attachVipToLoadBalancer(
            AttachVipToLoadBalancer.Request(
                loadBalancerUuid: loadBalancerUuid,
                vipUuid: vipUuid,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// AttachVipToLoadBalancer
    ///
    /// 加载VIP到负载均衡器
    ///
    /// `POST /zstack/v1/load-balancers/{loadBalancerUuid}/vip/{vipUuid}`, asynchronous, authorization required. The
    /// method returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 负载均衡器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func attachVipToLoadBalancer(
        _ request: AttachVipToLoadBalancer.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AttachVipToLoadBalancer.Response {
        var call = ZStackRequestBuilder(operation: AttachVipToLoadBalancer.operation)
        call.setPathParameter("loadBalancerUuid", to: request.loadBalancerUuid)
        call.setPathParameter("vipUuid", to: request.vipUuid)
        call.jsonBody = AttachVipToLoadBalancer.Body(request)
        return try await perform(call, polling: polling)
    }
}
