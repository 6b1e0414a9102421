import ZStackSDK

/// The server side of ``ChangeLoadBalancerListener``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/load-balancers/listeners/{uuid}/actions`, asynchronous.
nonisolated enum ChangeLoadBalancerListenerServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: ChangeLoadBalancerListener.operation,
            bodyWrapper: "changeLoadBalancerListener"
        ) { call in
            let body = try call.decodeBody(Body.self)
            let request = ChangeLoadBalancerListener.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                connectionIdleTimeout: body.wrapped?.connectionIdleTimeout,
                maxConnection: body.wrapped?.maxConnection,
                balancerAlgorithm: body.wrapped?.balancerAlgorithm,
                healthCheckTarget: body.wrapped?.healthCheckTarget,
                healthyThreshold: body.wrapped?.healthyThreshold,
                unhealthyThreshold: body.wrapped?.unhealthyThreshold,
                healthCheckInterval: body.wrapped?.healthCheckInterval,
                healthCheckProtocol: body.wrapped?.healthCheckProtocol,
                healthCheckMethod: body.wrapped?.healthCheckMethod,
                healthCheckURI: body.wrapped?.healthCheckURI,
                healthCheckHttpCode: body.wrapped?.healthCheckHttpCode,
                aclStatus: body.wrapped?.aclStatus,
                securityPolicyType: body.wrapped?.securityPolicyType,
                nbprocess: body.wrapped?.nbprocess,
                httpMode: body.wrapped?.httpMode,
                sessionPersistence: body.wrapped?.sessionPersistence,
                sessionIdleTimeout: body.wrapped?.sessionIdleTimeout,
                cookieName: body.wrapped?.cookieName,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                httpRedirectHttps: body.wrapped?.httpRedirectHttps,
                redirectPort: body.wrapped?.redirectPort,
                statusCode: body.wrapped?.statusCode,
                httpVersions: body.wrapped?.httpVersions,
                tcpProxyProtocol: body.wrapped?.tcpProxyProtocol,
                httpCompressAlgos: body.wrapped?.httpCompressAlgos
            )
            return { try await handler.changeLoadBalancerListener(request) }
        }
    }

    /// The JSON body of a request: `{"changeLoadBalancerListener": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "changeLoadBalancerListener"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
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
            var systemTags: [String]?
            var userTags: [String]?
            var httpRedirectHttps: ChangeLoadBalancerListenerHttpRedirectHttps?
            var redirectPort: Int?
            var statusCode: ChangeLoadBalancerListenerStatusCode?
            var httpVersions: [String]?
            var tcpProxyProtocol: String?
            var httpCompressAlgos: [String]?

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
                case systemTags = "systemTags"
                case userTags = "userTags"
                case httpRedirectHttps = "httpRedirectHttps"
                case redirectPort = "redirectPort"
                case statusCode = "statusCode"
                case httpVersions = "httpVersions"
                case tcpProxyProtocol = "tcpProxyProtocol"
                case httpCompressAlgos = "httpCompressAlgos"
            }
        }
    }
}
