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
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "ChangeLoadBalancerListener",
            method: .put,
            pathTemplate: "/zstack/v1/load-balancers/listeners/{uuid}/actions",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 资源的UUID，唯一标示该资源
        public let uuid: String

        /// 空闲连接超时
        public let connectionIdleTimeout: Int?

        /// 最大并发连接数
        public let maxConnection: Int?

        /// 负载均衡算法
        public let balancerAlgorithm: ChangeLoadBalancerListenerBalancerAlgorithm?

        /// 健康检查端口
        public let healthCheckTarget: String?

        /// 健康检查阈值
        public let healthyThreshold: Int?

        /// 非健康检查阈值
        public let unhealthyThreshold: Int?

        /// 健康检查间隔时间
        public let healthCheckInterval: Int?

        /// 负载均衡健康检查协议
        public let healthCheckProtocol: ChangeLoadBalancerListenerHealthCheckProtocol?

        /// 健康检查方法
        public let healthCheckMethod: ChangeLoadBalancerListenerHealthCheckMethod?

        /// 健康检查的URI
        public let healthCheckURI: String?

        /// 健康检查期望的成功返回码
        public let healthCheckHttpCode: String?

        /// 访问控制状态
        public let aclStatus: ChangeLoadBalancerListenerAclStatus?

        /// TLS安全策略
        public let securityPolicyType: ChangeLoadBalancerListenerSecurityPolicyType?

        /// 负载均衡进程数量
        public let nbprocess: Int?

        /// 负载均衡HTTP模式
        public let httpMode: ChangeLoadBalancerListenerHttpMode?

        /// 会话保持模式
        public let sessionPersistence: ChangeLoadBalancerListenerSessionPersistence?

        /// 会话保持超时时间
        public let sessionIdleTimeout: Int?

        /// Cookie名称
        public let cookieName: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// http重定向https
        public let httpRedirectHttps: ChangeLoadBalancerListenerHttpRedirectHttps?

        /// 重定向端口
        public let redirectPort: Int?

        /// 重定向状态码
        public let statusCode: ChangeLoadBalancerListenerStatusCode?

        /// The `httpVersions` field.
        public let httpVersions: [String]?

        /// The `tcpProxyProtocol` field.
        public let tcpProxyProtocol: String?

        /// The `httpCompressAlgos` field.
        public let httpCompressAlgos: [String]?

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
            guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
            guard ZStackFieldwise.same(lhs.connectionIdleTimeout, rhs.connectionIdleTimeout) else { return false }
            guard ZStackFieldwise.same(lhs.maxConnection, rhs.maxConnection) else { return false }
            guard ZStackFieldwise.same(lhs.balancerAlgorithm, rhs.balancerAlgorithm) else { return false }
            guard ZStackFieldwise.same(lhs.healthCheckTarget, rhs.healthCheckTarget) else { return false }
            guard ZStackFieldwise.same(lhs.healthyThreshold, rhs.healthyThreshold) else { return false }
            guard ZStackFieldwise.same(lhs.unhealthyThreshold, rhs.unhealthyThreshold) else { return false }
            guard ZStackFieldwise.same(lhs.healthCheckInterval, rhs.healthCheckInterval) else { return false }
            guard ZStackFieldwise.same(lhs.healthCheckProtocol, rhs.healthCheckProtocol) else { return false }
            guard ZStackFieldwise.same(lhs.healthCheckMethod, rhs.healthCheckMethod) else { return false }
            guard ZStackFieldwise.same(lhs.healthCheckURI, rhs.healthCheckURI) else { return false }
            guard ZStackFieldwise.same(lhs.healthCheckHttpCode, rhs.healthCheckHttpCode) else { return false }
            guard ZStackFieldwise.same(lhs.aclStatus, rhs.aclStatus) else { return false }
            guard ZStackFieldwise.same(lhs.securityPolicyType, rhs.securityPolicyType) else { return false }
            guard ZStackFieldwise.same(lhs.nbprocess, rhs.nbprocess) else { return false }
            guard ZStackFieldwise.same(lhs.httpMode, rhs.httpMode) else { return false }
            guard ZStackFieldwise.same(lhs.sessionPersistence, rhs.sessionPersistence) else { return false }
            guard ZStackFieldwise.same(lhs.sessionIdleTimeout, rhs.sessionIdleTimeout) else { return false }
            guard ZStackFieldwise.same(lhs.cookieName, rhs.cookieName) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            guard ZStackFieldwise.same(lhs.httpRedirectHttps, rhs.httpRedirectHttps) else { return false }
            guard ZStackFieldwise.same(lhs.redirectPort, rhs.redirectPort) else { return false }
            guard ZStackFieldwise.same(lhs.statusCode, rhs.statusCode) else { return false }
            guard ZStackFieldwise.same(lhs.httpVersions, rhs.httpVersions) else { return false }
            guard ZStackFieldwise.same(lhs.tcpProxyProtocol, rhs.tcpProxyProtocol) else { return false }
            return ZStackFieldwise.same(lhs.httpCompressAlgos, rhs.httpCompressAlgos)
        }
    }

    /// 负载均衡监听器清单
    ///
    /// An ``InventoryReply`` of ``LoadBalancerListenerInventory``: the replies that differ only in that type share one
    /// generic type.
    public typealias Response = InventoryReply<LoadBalancerListenerInventory>
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
        let call = ZStackRequestBuilder(operation: ChangeLoadBalancerListener.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "changeLoadBalancerListener") { wrapped in
                try wrapped.encodeValue(request.connectionIdleTimeout, forKey: "connectionIdleTimeout")
                try wrapped.encodeValue(request.maxConnection, forKey: "maxConnection")
                try wrapped.encodeValue(request.balancerAlgorithm, forKey: "balancerAlgorithm")
                try wrapped.encodeValue(request.healthCheckTarget, forKey: "healthCheckTarget")
                try wrapped.encodeValue(request.healthyThreshold, forKey: "healthyThreshold")
                try wrapped.encodeValue(request.unhealthyThreshold, forKey: "unhealthyThreshold")
                try wrapped.encodeValue(request.healthCheckInterval, forKey: "healthCheckInterval")
                try wrapped.encodeValue(request.healthCheckProtocol, forKey: "healthCheckProtocol")
                try wrapped.encodeValue(request.healthCheckMethod, forKey: "healthCheckMethod")
                try wrapped.encodeValue(request.healthCheckURI, forKey: "healthCheckURI")
                try wrapped.encodeValue(request.healthCheckHttpCode, forKey: "healthCheckHttpCode")
                try wrapped.encodeValue(request.aclStatus, forKey: "aclStatus")
                try wrapped.encodeValue(request.securityPolicyType, forKey: "securityPolicyType")
                try wrapped.encodeValue(request.nbprocess, forKey: "nbprocess")
                try wrapped.encodeValue(request.httpMode, forKey: "httpMode")
                try wrapped.encodeValue(request.sessionPersistence, forKey: "sessionPersistence")
                try wrapped.encodeValue(request.sessionIdleTimeout, forKey: "sessionIdleTimeout")
                try wrapped.encodeValue(request.cookieName, forKey: "cookieName")
                try wrapped.encodeValue(request.httpRedirectHttps, forKey: "httpRedirectHttps")
                try wrapped.encodeValue(request.redirectPort, forKey: "redirectPort")
                try wrapped.encodeValue(request.statusCode, forKey: "statusCode")
                try wrapped.encodeValue(request.httpVersions, forKey: "httpVersions")
                try wrapped.encodeValue(request.tcpProxyProtocol, forKey: "tcpProxyProtocol")
                try wrapped.encodeValue(request.httpCompressAlgos, forKey: "httpCompressAlgos")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
