import HTTPTypes

/// 创建负载均衡监听器(CreateLoadBalancerListener)
///
/// 创建负载均衡监听器
///
/// `POST /zstack/v1/load-balancers/{loadBalancerUuid}/listeners`, asynchronous, authorization required.
///
/// Category: 负载均衡
public nonisolated enum CreateLoadBalancerListener {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "CreateLoadBalancerListener",
            method: .post,
            pathTemplate: "/zstack/v1/load-balancers/{loadBalancerUuid}/listeners",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 负载均衡器UUID
        public let loadBalancerUuid: String

        /// 资源名称
        public let name: String

        /// 负载均衡器端口
        public let loadBalancerPort: Int

        /// 资源的详细描述
        public let description: String?

        /// 云主机端口
        public let instancePort: Int?

        /// 协议
        public let `protocol`: CreateLoadBalancerListenerProtocolValue?

        /// The `certificateUuid` field.
        public let certificateUuid: String?

        /// 健康检查协议
        public let healthCheckProtocol: CreateLoadBalancerListenerHealthCheckProtocol?

        /// 健康检查方法
        public let healthCheckMethod: CreateLoadBalancerListenerHealthCheckMethod?

        /// 健康检查的URI
        public let healthCheckURI: String?

        /// 健康检查期望的返回码
        public let healthCheckHttpCode: String?

        /// 访问控制策略状态
        public let aclStatus: CreateLoadBalancerListenerAclStatus?

        /// 访问控制策略组
        public let aclUuids: [String]?

        /// 访问控制策略类型
        public let aclType: CreateLoadBalancerListenerAclType?

        /// 资源UUID
        public let resourceUuid: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// 标签UUID列表
        public let tagUuids: [String]?

        /// TLS安全策略
        public let securityPolicyType: CreateLoadBalancerListenerSecurityPolicyType?

        /// The `httpVersions` field.
        public let httpVersions: [String]?

        /// The `tcpProxyProtocol` field.
        public let tcpProxyProtocol: String?

        /// The `httpCompressAlgos` field.
        public let httpCompressAlgos: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - loadBalancerUuid: 负载均衡器UUID
        ///   - name: 资源名称
        ///   - loadBalancerPort: 负载均衡器端口
        ///   - description: 资源的详细描述
        ///   - instancePort: 云主机端口
        ///   - protocol: 协议
        ///   - certificateUuid: The `certificateUuid` field.
        ///   - healthCheckProtocol: 健康检查协议
        ///   - healthCheckMethod: 健康检查方法
        ///   - healthCheckURI: 健康检查的URI
        ///   - healthCheckHttpCode: 健康检查期望的返回码
        ///   - aclStatus: 访问控制策略状态
        ///   - aclUuids: 访问控制策略组
        ///   - aclType: 访问控制策略类型
        ///   - resourceUuid: 资源UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - tagUuids: 标签UUID列表
        ///   - securityPolicyType: TLS安全策略
        ///   - httpVersions: The `httpVersions` field.
        ///   - tcpProxyProtocol: The `tcpProxyProtocol` field.
        ///   - httpCompressAlgos: The `httpCompressAlgos` field.
        public init(
            loadBalancerUuid: String,
            name: String,
            loadBalancerPort: Int,
            description: String? = nil,
            instancePort: Int? = nil,
            protocol: CreateLoadBalancerListenerProtocolValue? = nil,
            certificateUuid: String? = nil,
            healthCheckProtocol: CreateLoadBalancerListenerHealthCheckProtocol? = nil,
            healthCheckMethod: CreateLoadBalancerListenerHealthCheckMethod? = nil,
            healthCheckURI: String? = nil,
            healthCheckHttpCode: String? = nil,
            aclStatus: CreateLoadBalancerListenerAclStatus? = nil,
            aclUuids: [String]? = nil,
            aclType: CreateLoadBalancerListenerAclType? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            tagUuids: [String]? = nil,
            securityPolicyType: CreateLoadBalancerListenerSecurityPolicyType? = nil,
            httpVersions: [String]? = nil,
            tcpProxyProtocol: String? = nil,
            httpCompressAlgos: [String]? = nil
        ) {
            self.loadBalancerUuid = loadBalancerUuid
            self.name = name
            self.loadBalancerPort = loadBalancerPort
            self.description = description
            self.instancePort = instancePort
            self.protocol = `protocol`
            self.certificateUuid = certificateUuid
            self.healthCheckProtocol = healthCheckProtocol
            self.healthCheckMethod = healthCheckMethod
            self.healthCheckURI = healthCheckURI
            self.healthCheckHttpCode = healthCheckHttpCode
            self.aclStatus = aclStatus
            self.aclUuids = aclUuids
            self.aclType = aclType
            self.resourceUuid = resourceUuid
            self.systemTags = systemTags
            self.userTags = userTags
            self.tagUuids = tagUuids
            self.securityPolicyType = securityPolicyType
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
            guard ZStackFieldwise.same(lhs.loadBalancerUuid, rhs.loadBalancerUuid) else { return false }
            guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
            guard ZStackFieldwise.same(lhs.loadBalancerPort, rhs.loadBalancerPort) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.instancePort, rhs.instancePort) else { return false }
            guard ZStackFieldwise.same(lhs.protocol, rhs.protocol) else { return false }
            guard ZStackFieldwise.same(lhs.certificateUuid, rhs.certificateUuid) else { return false }
            guard ZStackFieldwise.same(lhs.healthCheckProtocol, rhs.healthCheckProtocol) else { return false }
            guard ZStackFieldwise.same(lhs.healthCheckMethod, rhs.healthCheckMethod) else { return false }
            guard ZStackFieldwise.same(lhs.healthCheckURI, rhs.healthCheckURI) else { return false }
            guard ZStackFieldwise.same(lhs.healthCheckHttpCode, rhs.healthCheckHttpCode) else { return false }
            guard ZStackFieldwise.same(lhs.aclStatus, rhs.aclStatus) else { return false }
            guard ZStackFieldwise.same(lhs.aclUuids, rhs.aclUuids) else { return false }
            guard ZStackFieldwise.same(lhs.aclType, rhs.aclType) else { return false }
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            guard ZStackFieldwise.same(lhs.tagUuids, rhs.tagUuids) else { return false }
            guard ZStackFieldwise.same(lhs.securityPolicyType, rhs.securityPolicyType) else { return false }
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
    /// 创建负载均衡监听器(CreateLoadBalancerListener)
    ///
    /// 创建负载均衡监听器
    ///
    /// `POST /zstack/v1/load-balancers/{loadBalancerUuid}/listeners`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - loadBalancerUuid: 负载均衡器UUID
    ///   - name: 资源名称
    ///   - loadBalancerPort: 负载均衡器端口
    ///   - description: 资源的详细描述
    ///   - instancePort: 云主机端口
    ///   - protocol: 协议
    ///   - certificateUuid: The `certificateUuid` field.
    ///   - healthCheckProtocol: 健康检查协议
    ///   - healthCheckMethod: 健康检查方法
    ///   - healthCheckURI: 健康检查的URI
    ///   - healthCheckHttpCode: 健康检查期望的返回码
    ///   - aclStatus: 访问控制策略状态
    ///   - aclUuids: 访问控制策略组
    ///   - aclType: 访问控制策略类型
    ///   - resourceUuid: 资源UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - tagUuids: 标签UUID列表
    ///   - securityPolicyType: TLS安全策略
    ///   - httpVersions: The `httpVersions` field.
    ///   - tcpProxyProtocol: The `tcpProxyProtocol` field.
    ///   - httpCompressAlgos: The `httpCompressAlgos` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 负载均衡监听器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createLoadBalancerListener(
        loadBalancerUuid: String,
        name: String,
        loadBalancerPort: Int,
        description: String? = nil,
        instancePort: Int? = nil,
        protocol: CreateLoadBalancerListenerProtocolValue? = nil,
        certificateUuid: String? = nil,
        healthCheckProtocol: CreateLoadBalancerListenerHealthCheckProtocol? = nil,
        healthCheckMethod: CreateLoadBalancerListenerHealthCheckMethod? = nil,
        healthCheckURI: String? = nil,
        healthCheckHttpCode: String? = nil,
        aclStatus: CreateLoadBalancerListenerAclStatus? = nil,
        aclUuids: [String]? = nil,
        aclType: CreateLoadBalancerListenerAclType? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        tagUuids: [String]? = nil,
        securityPolicyType: CreateLoadBalancerListenerSecurityPolicyType? = nil,
        httpVersions: [String]? = nil,
        tcpProxyProtocol: String? = nil,
        httpCompressAlgos: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateLoadBalancerListener.Response {
        try await createLoadBalancerListener(
            CreateLoadBalancerListener.Request(
                loadBalancerUuid: loadBalancerUuid,
                name: name,
                loadBalancerPort: loadBalancerPort,
                description: description,
                instancePort: instancePort,
                protocol: `protocol`,
                certificateUuid: certificateUuid,
                healthCheckProtocol: healthCheckProtocol,
                healthCheckMethod: healthCheckMethod,
                healthCheckURI: healthCheckURI,
                healthCheckHttpCode: healthCheckHttpCode,
                aclStatus: aclStatus,
                aclUuids: aclUuids,
                aclType: aclType,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                tagUuids: tagUuids,
                securityPolicyType: securityPolicyType,
                httpVersions: httpVersions,
                tcpProxyProtocol: tcpProxyProtocol,
                httpCompressAlgos: httpCompressAlgos
            ),
            polling: polling
        )
    }

    /// 创建负载均衡监听器(CreateLoadBalancerListener)
    ///
    /// 创建负载均衡监听器
    ///
    /// `POST /zstack/v1/load-balancers/{loadBalancerUuid}/listeners`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 负载均衡监听器清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createLoadBalancerListener(
        _ request: CreateLoadBalancerListener.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateLoadBalancerListener.Response {
        let call = ZStackRequestBuilder(operation: CreateLoadBalancerListener.operation)
        call.setPathParameter("loadBalancerUuid", to: request.loadBalancerUuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.instancePort, forKey: "instancePort")
                try wrapped.encodeValue(request.loadBalancerPort, forKey: "loadBalancerPort")
                try wrapped.encodeValue(request.protocol, forKey: "protocol")
                try wrapped.encodeValue(request.certificateUuid, forKey: "certificateUuid")
                try wrapped.encodeValue(request.healthCheckProtocol, forKey: "healthCheckProtocol")
                try wrapped.encodeValue(request.healthCheckMethod, forKey: "healthCheckMethod")
                try wrapped.encodeValue(request.healthCheckURI, forKey: "healthCheckURI")
                try wrapped.encodeValue(request.healthCheckHttpCode, forKey: "healthCheckHttpCode")
                try wrapped.encodeValue(request.aclStatus, forKey: "aclStatus")
                try wrapped.encodeValue(request.aclUuids, forKey: "aclUuids")
                try wrapped.encodeValue(request.aclType, forKey: "aclType")
                try wrapped.encodeValue(request.resourceUuid, forKey: "resourceUuid")
                try wrapped.encodeValue(request.tagUuids, forKey: "tagUuids")
                try wrapped.encodeValue(request.securityPolicyType, forKey: "securityPolicyType")
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
