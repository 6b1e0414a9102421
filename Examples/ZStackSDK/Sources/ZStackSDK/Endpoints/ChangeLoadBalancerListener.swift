import HTTPTypes

/// ChangeLoadBalancerListener
///
/// 修改负载均衡监听器参数
///
/// `PUT /zstack/v1/load-balancers/listeners/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: loadBalancer
public nonisolated enum ChangeLoadBalancerListener {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "ChangeLoadBalancerListener",
        method: .put,
        pathTemplate: "/zstack/v1/load-balancers/listeners/{uuid}/actions",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 资源的UUID，唯一标示该资源
        public var uuid: String

        /// 空闲连接超时
        public var connectionIdleTimeout: Int?

        /// 最大并发连接数
        public var maxConnection: Int?

        /// 负载均衡算法
        public var balancerAlgorithm: ChangeLoadBalancerListenerBalancerAlgorithm?

        /// 健康检查端口
        public var healthCheckTarget: String?

        /// 健康检查阈值
        public var healthyThreshold: Int?

        /// 非健康检查阈值
        public var unhealthyThreshold: Int?

        /// 健康检查间隔时间
        public var healthCheckInterval: Int?

        /// 负载均衡健康检查协议
        public var healthCheckProtocol: ChangeLoadBalancerListenerHealthCheckProtocol?

        /// 健康检查方法
        public var healthCheckMethod: ChangeLoadBalancerListenerHealthCheckMethod?

        /// 健康检查的URI
        public var healthCheckURI: String?

        /// 健康检查期望的成功返回码
        public var healthCheckHttpCode: String?

        /// 访问控制状态
        public var aclStatus: ChangeLoadBalancerListenerAclStatus?

        /// TLS安全策略
        public var securityPolicyType: ChangeLoadBalancerListenerSecurityPolicyType?

        /// 负载均衡进程数量
        public var nbprocess: Int?

        /// 负载均衡HTTP模式
        public var httpMode: ChangeLoadBalancerListenerHttpMode?

        /// 会话保持模式
        public var sessionPersistence: ChangeLoadBalancerListenerSessionPersistence?

        /// 会话保持超时时间
        public var sessionIdleTimeout: Int?

        /// Cookie名称
        public var cookieName: String?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// http重定向https
        public var httpRedirectHttps: ChangeLoadBalancerListenerHttpRedirectHttps?

        /// 重定向端口
        public var redirectPort: Int?

        /// 重定向状态码
        public var statusCode: ChangeLoadBalancerListenerStatusCode?

        /// The `httpVersions` field.
        public var httpVersions: [String]?

        /// The `tcpProxyProtocol` field.
        public var tcpProxyProtocol: String?

        /// The `httpCompressAlgos` field.
        public var httpCompressAlgos: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - connectionIdleTimeout: 空闲连接超时
        ///   - maxConnection: 最大并发连接数
        ///   - balancerAlgorithm: 负载均衡算法
        ///   - healthCheckTarget: 健康检查端口
        ///   - healthyThreshold: 健康检查阈值
        ///   - unhealthyThreshold: 非健康检查阈值
        ///   - healthCheckInterval: 健康检查间隔时间
        ///   - healthCheckProtocol: 负载均衡健康检查协议
        ///   - healthCheckMethod: 健康检查方法
        ///   - healthCheckURI: 健康检查的URI
        ///   - healthCheckHttpCode: 健康检查期望的成功返回码
        ///   - aclStatus: 访问控制状态
        ///   - securityPolicyType: TLS安全策略
        ///   - nbprocess: 负载均衡进程数量
        ///   - httpMode: 负载均衡HTTP模式
        ///   - sessionPersistence: 会话保持模式
        ///   - sessionIdleTimeout: 会话保持超时时间
        ///   - cookieName: Cookie名称
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - httpRedirectHttps: http重定向https
        ///   - redirectPort: 重定向端口
        ///   - statusCode: 重定向状态码
        ///   - httpVersions: The `httpVersions` field.
        ///   - tcpProxyProtocol: The `tcpProxyProtocol` field.
        ///   - httpCompressAlgos: The `httpCompressAlgos` field.
        public init(
            uuid: String,
            connectionIdleTimeout: Int? = nil,
            maxConnection: Int? = nil,
            balancerAlgorithm: ChangeLoadBalancerListenerBalancerAlgorithm? = nil,
            healthCheckTarget: String? = nil,
            healthyThreshold: Int? = nil,
            unhealthyThreshold: Int? = nil,
            healthCheckInterval: Int? = nil,
            healthCheckProtocol: ChangeLoadBalancerListenerHealthCheckProtocol? = nil,
            healthCheckMethod: ChangeLoadBalancerListenerHealthCheckMethod? = nil,
            healthCheckURI: String? = nil,
            healthCheckHttpCode: String? = nil,
            aclStatus: ChangeLoadBalancerListenerAclStatus? = nil,
            securityPolicyType: ChangeLoadBalancerListenerSecurityPolicyType? = nil,
            nbprocess: Int? = nil,
            httpMode: ChangeLoadBalancerListenerHttpMode? = nil,
            sessionPersistence: ChangeLoadBalancerListenerSessionPersistence? = nil,
            sessionIdleTimeout: Int? = nil,
            cookieName: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            httpRedirectHttps: ChangeLoadBalancerListenerHttpRedirectHttps? = nil,
            redirectPort: Int? = nil,
            statusCode: ChangeLoadBalancerListenerStatusCode? = nil,
            httpVersions: [String]? = nil,
            tcpProxyProtocol: String? = nil,
            httpCompressAlgos: [String]? = nil
        ) {
            self.uuid = uuid
            self.connectionIdleTimeout = connectionIdleTimeout
            self.maxConnection = maxConnection
            self.balancerAlgorithm = balancerAlgorithm
            self.healthCheckTarget = healthCheckTarget
            self.healthyThreshold = healthyThreshold
            self.unhealthyThreshold = unhealthyThreshold
            self.healthCheckInterval = healthCheckInterval
            self.healthCheckProtocol = healthCheckProtocol
            self.healthCheckMethod = healthCheckMethod
            self.healthCheckURI = healthCheckURI
            self.healthCheckHttpCode = healthCheckHttpCode
            self.aclStatus = aclStatus
            self.securityPolicyType = securityPolicyType
            self.nbprocess = nbprocess
            self.httpMode = httpMode
            self.sessionPersistence = sessionPersistence
            self.sessionIdleTimeout = sessionIdleTimeout
            self.cookieName = cookieName
            self.systemTags = systemTags
            self.userTags = userTags
            self.httpRedirectHttps = httpRedirectHttps
            self.redirectPort = redirectPort
            self.statusCode = statusCode
            self.httpVersions = httpVersions
            self.tcpProxyProtocol = tcpProxyProtocol
            self.httpCompressAlgos = httpCompressAlgos
        }
    }

    /// The JSON body of a request: `{"changeLoadBalancerListener": {...}}`, with the fields outside the wrapper beside it.
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
            case wrapped = "changeLoadBalancerListener"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var connectionIdleTimeout: Int?
            var maxConnection: Int?
            var balancerAlgorithm: ChangeLoadBalancerListenerBalancerAlgorithm?
            var healthCheckTarget: String?
            var healthyThreshold: Int?
            var unhealthyThreshold: Int?
            var healthCheckInterval: Int?
            var healthCheckProtocol: ChangeLoadBalancerListenerHealthCheckProtocol?
            var healthCheckMethod: ChangeLoadBalancerListenerHealthCheckMethod?
            var healthCheckURI: String?
            var healthCheckHttpCode: String?
            var aclStatus: ChangeLoadBalancerListenerAclStatus?
            var securityPolicyType: ChangeLoadBalancerListenerSecurityPolicyType?
            var nbprocess: Int?
            var httpMode: ChangeLoadBalancerListenerHttpMode?
            var sessionPersistence: ChangeLoadBalancerListenerSessionPersistence?
            var sessionIdleTimeout: Int?
            var cookieName: String?
            var httpRedirectHttps: ChangeLoadBalancerListenerHttpRedirectHttps?
            var redirectPort: Int?
            var statusCode: ChangeLoadBalancerListenerStatusCode?
            var httpVersions: [String]?
            var tcpProxyProtocol: String?
            var httpCompressAlgos: [String]?

            init(_ request: Request) {
                self.connectionIdleTimeout = request.connectionIdleTimeout
                self.maxConnection = request.maxConnection
                self.balancerAlgorithm = request.balancerAlgorithm
                self.healthCheckTarget = request.healthCheckTarget
                self.healthyThreshold = request.healthyThreshold
                self.unhealthyThreshold = request.unhealthyThreshold
                self.healthCheckInterval = request.healthCheckInterval
                self.healthCheckProtocol = request.healthCheckProtocol
                self.healthCheckMethod = request.healthCheckMethod
                self.healthCheckURI = request.healthCheckURI
                self.healthCheckHttpCode = request.healthCheckHttpCode
                self.aclStatus = request.aclStatus
                self.securityPolicyType = request.securityPolicyType
                self.nbprocess = request.nbprocess
                self.httpMode = request.httpMode
                self.sessionPersistence = request.sessionPersistence
                self.sessionIdleTimeout = request.sessionIdleTimeout
                self.cookieName = request.cookieName
                self.httpRedirectHttps = request.httpRedirectHttps
                self.redirectPort = request.redirectPort
                self.statusCode = request.statusCode
                self.httpVersions = request.httpVersions
                self.tcpProxyProtocol = request.tcpProxyProtocol
                self.httpCompressAlgos = request.httpCompressAlgos
            }

            private enum CodingKeys: String, CodingKey {
                case connectionIdleTimeout = "connectionIdleTimeout"
                case maxConnection = "maxConnection"
                case balancerAlgorithm = "balancerAlgorithm"
                case healthCheckTarget = "healthCheckTarget"
                case healthyThreshold = "healthyThreshold"
                case unhealthyThreshold = "unhealthyThreshold"
                case healthCheckInterval = "healthCheckInterval"
                case healthCheckProtocol = "healthCheckProtocol"
                case healthCheckMethod = "healthCheckMethod"
                case healthCheckURI = "healthCheckURI"
                case healthCheckHttpCode = "healthCheckHttpCode"
                case aclStatus = "aclStatus"
                case securityPolicyType = "securityPolicyType"
                case nbprocess = "nbprocess"
                case httpMode = "httpMode"
                case sessionPersistence = "sessionPersistence"
                case sessionIdleTimeout = "sessionIdleTimeout"
                case cookieName = "cookieName"
                case httpRedirectHttps = "httpRedirectHttps"
                case redirectPort = "redirectPort"
                case statusCode = "statusCode"
                case httpVersions = "httpVersions"
                case tcpProxyProtocol = "tcpProxyProtocol"
                case httpCompressAlgos = "httpCompressAlgos"
            }
        }
    }

    /// 负载均衡监听器清单
    public struct Response: Codable, Sendable, Hashable {
        /// The `success` field.
        public var success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public var error: ErrorCode?

        /// The `inventory` field.
        public var inventory: LoadBalancerListenerInventory?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        ///   - inventory: The `inventory` field.
        public init(success: Bool? = nil, error: ErrorCode? = nil, inventory: LoadBalancerListenerInventory? = nil) {
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
    /// ChangeLoadBalancerListener
    ///
    /// 修改负载均衡监听器参数
    ///
    /// `PUT /zstack/v1/load-balancers/listeners/{uuid}/actions`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - connectionIdleTimeout: 空闲连接超时
    ///   - maxConnection: 最大并发连接数
    ///   - balancerAlgorithm: 负载均衡算法
    ///   - healthCheckTarget: 健康检查端口
    ///   - healthyThreshold: 健康检查阈值
    ///   - unhealthyThreshold: 非健康检查阈值
    ///   - healthCheckInterval: 健康检查间隔时间
    ///   - healthCheckProtocol: 负载均衡健康检查协议
    ///   - healthCheckMethod: 健康检查方法
    ///   - healthCheckURI: 健康检查的URI
    ///   - healthCheckHttpCode: 健康检查期望的成功返回码
    ///   - aclStatus: 访问控制状态
    ///   - securityPolicyType: TLS安全策略
    ///   - nbprocess: 负载均衡进程数量
    ///   - httpMode: 负载均衡HTTP模式
    ///   - sessionPersistence: 会话保持模式
    ///   - sessionIdleTimeout: 会话保持超时时间
    ///   - cookieName: Cookie名称
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - httpRedirectHttps: http重定向https
    ///   - redirectPort: 重定向端口
    ///   - statusCode: 重定向状态码
    ///   - httpVersions: The `httpVersions` field.
    ///   - tcpProxyProtocol: The `tcpProxyProtocol` field.
    ///   - httpCompressAlgos: The `httpCompressAlgos` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 负载均衡监听器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func changeLoadBalancerListener(
        uuid: String,
        connectionIdleTimeout: Int? = nil,
        maxConnection: Int? = nil,
        balancerAlgorithm: ChangeLoadBalancerListenerBalancerAlgorithm? = nil,
        healthCheckTarget: String? = nil,
        healthyThreshold: Int? = nil,
        unhealthyThreshold: Int? = nil,
        healthCheckInterval: Int? = nil,
        healthCheckProtocol: ChangeLoadBalancerListenerHealthCheckProtocol? = nil,
        healthCheckMethod: ChangeLoadBalancerListenerHealthCheckMethod? = nil,
        healthCheckURI: String? = nil,
        healthCheckHttpCode: String? = nil,
        aclStatus: ChangeLoadBalancerListenerAclStatus? = nil,
        securityPolicyType: ChangeLoadBalancerListenerSecurityPolicyType? = nil,
        nbprocess: Int? = nil,
        httpMode: ChangeLoadBalancerListenerHttpMode? = nil,
        sessionPersistence: ChangeLoadBalancerListenerSessionPersistence? = nil,
        sessionIdleTimeout: Int? = nil,
        cookieName: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        httpRedirectHttps: ChangeLoadBalancerListenerHttpRedirectHttps? = nil,
        redirectPort: Int? = nil,
        statusCode: ChangeLoadBalancerListenerStatusCode? = nil,
        httpVersions: [String]? = nil,
        tcpProxyProtocol: String? = nil,
        httpCompressAlgos: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> ChangeLoadBalancerListener.Response {
        try await changeLoadBalancerListener(
            ChangeLoadBalancerListener.Request(
                uuid: uuid,
                connectionIdleTimeout: connectionIdleTimeout,
                maxConnection: maxConnection,
                balancerAlgorithm: balancerAlgorithm,
                healthCheckTarget: healthCheckTarget,
                healthyThreshold: healthyThreshold,
                unhealthyThreshold: unhealthyThreshold,
                healthCheckInterval: healthCheckInterval,
                healthCheckProtocol: healthCheckProtocol,
                healthCheckMethod: healthCheckMethod,
                healthCheckURI: healthCheckURI,
                healthCheckHttpCode: healthCheckHttpCode,
                aclStatus: aclStatus,
                securityPolicyType: securityPolicyType,
                nbprocess: nbprocess,
                httpMode: httpMode,
                sessionPersistence: sessionPersistence,
                sessionIdleTimeout: sessionIdleTimeout,
                cookieName: cookieName,
                systemTags: systemTags,
                userTags: userTags,
                httpRedirectHttps: httpRedirectHttps,
                redirectPort: redirectPort,
                statusCode: statusCode,
                httpVersions: httpVersions,
                tcpProxyProtocol: tcpProxyProtocol,
                httpCompressAlgos: httpCompressAlgos
            ),
            polling: polling
        )
    }

    /// ChangeLoadBalancerListener
    ///
    /// 修改负载均衡监听器参数
    ///
    /// `PUT /zstack/v1/load-balancers/listeners/{uuid}/actions`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 负载均衡监听器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func changeLoadBalancerListener(
        _ request: ChangeLoadBalancerListener.Request,
        polling: ZStackPolling? = nil
    ) async throws -> ChangeLoadBalancerListener.Response {
        var call = ZStackRequestBuilder(operation: ChangeLoadBalancerListener.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = ChangeLoadBalancerListener.Body(request)
        return try await perform(call, polling: polling)
    }
}
