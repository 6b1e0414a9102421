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
    public static let operation = ZStackOperation(
        id: "CreateLoadBalancerListener",
        method: .post,
        pathTemplate: "/zstack/v1/load-balancers/{loadBalancerUuid}/listeners",
        requiresAuthorization: true,
        isAsynchronous: true
    )

    /// The inputs of a call.
    public struct Request: Sendable, Hashable {
        /// 负载均衡器UUID
        public var loadBalancerUuid: String

        /// 资源名称
        public var name: String

        /// 负载均衡器端口
        public var loadBalancerPort: Int

        /// 资源的详细描述
        public var description: String?

        /// 云主机端口
        public var instancePort: Int?

        /// 协议
        public var `protocol`: CreateLoadBalancerListenerProtocolValue?

        /// The `certificateUuid` field.
        public var certificateUuid: String?

        /// 健康检查协议
        public var healthCheckProtocol: CreateLoadBalancerListenerHealthCheckProtocol?

        /// 健康检查方法
        public var healthCheckMethod: CreateLoadBalancerListenerHealthCheckMethod?

        /// 健康检查的URI
        public var healthCheckURI: String?

        /// 健康检查期望的返回码
        public var healthCheckHttpCode: String?

        /// 访问控制策略状态
        public var aclStatus: CreateLoadBalancerListenerAclStatus?

        /// 访问控制策略组
        public var aclUuids: [String]?

        /// 访问控制策略类型
        public var aclType: CreateLoadBalancerListenerAclType?

        /// 资源UUID
        public var resourceUuid: String?

        /// 系统标签
        public var systemTags: [String]?

        /// 用户标签
        public var userTags: [String]?

        /// 标签UUID列表
        public var tagUuids: [String]?

        /// TLS安全策略
        public var securityPolicyType: CreateLoadBalancerListenerSecurityPolicyType?

        /// The `httpVersions` field.
        public var httpVersions: [String]?

        /// The `tcpProxyProtocol` field.
        public var tcpProxyProtocol: String?

        /// The `httpCompressAlgos` field.
        public var httpCompressAlgos: [String]?

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

        /// The fields inside the wrapper.
        struct Wrapped: Encodable {
            var name: String
            var description: String?
            var instancePort: Int?
            var loadBalancerPort: Int
            var `protocol`: CreateLoadBalancerListenerProtocolValue?
            var certificateUuid: String?
            var healthCheckProtocol: CreateLoadBalancerListenerHealthCheckProtocol?
            var healthCheckMethod: CreateLoadBalancerListenerHealthCheckMethod?
            var healthCheckURI: String?
            var healthCheckHttpCode: String?
            var aclStatus: CreateLoadBalancerListenerAclStatus?
            var aclUuids: [String]?
            var aclType: CreateLoadBalancerListenerAclType?
            var resourceUuid: String?
            var tagUuids: [String]?
            var securityPolicyType: CreateLoadBalancerListenerSecurityPolicyType?
            var httpVersions: [String]?
            var tcpProxyProtocol: String?
            var httpCompressAlgos: [String]?

            init(_ request: Request) {
                self.name = request.name
                self.description = request.description
                self.instancePort = request.instancePort
                self.loadBalancerPort = request.loadBalancerPort
                self.protocol = request.protocol
                self.certificateUuid = request.certificateUuid
                self.healthCheckProtocol = request.healthCheckProtocol
                self.healthCheckMethod = request.healthCheckMethod
                self.healthCheckURI = request.healthCheckURI
                self.healthCheckHttpCode = request.healthCheckHttpCode
                self.aclStatus = request.aclStatus
                self.aclUuids = request.aclUuids
                self.aclType = request.aclType
                self.resourceUuid = request.resourceUuid
                self.tagUuids = request.tagUuids
                self.securityPolicyType = request.securityPolicyType
                self.httpVersions = request.httpVersions
                self.tcpProxyProtocol = request.tcpProxyProtocol
                self.httpCompressAlgos = request.httpCompressAlgos
            }

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case instancePort = "instancePort"
                case loadBalancerPort = "loadBalancerPort"
                case `protocol` = "protocol"
                case certificateUuid = "certificateUuid"
                case healthCheckProtocol = "healthCheckProtocol"
                case healthCheckMethod = "healthCheckMethod"
                case healthCheckURI = "healthCheckURI"
                case healthCheckHttpCode = "healthCheckHttpCode"
                case aclStatus = "aclStatus"
                case aclUuids = "aclUuids"
                case aclType = "aclType"
                case resourceUuid = "resourceUuid"
                case tagUuids = "tagUuids"
                case securityPolicyType = "securityPolicyType"
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
        var call = ZStackRequestBuilder(operation: CreateLoadBalancerListener.operation)
        call.setPathParameter("loadBalancerUuid", to: request.loadBalancerUuid)
        call.jsonBody = CreateLoadBalancerListener.Body(request)
        return try await perform(call, polling: polling)
    }
}
