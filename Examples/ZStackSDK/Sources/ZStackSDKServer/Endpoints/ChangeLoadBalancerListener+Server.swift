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
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "changeLoadBalancerListener")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let connectionIdleTimeout: Int?
            let maxConnection: Int?
            let balancerAlgorithm: ChangeLoadBalancerListenerBalancerAlgorithm?
            let healthCheckTarget: String?
            let healthyThreshold: Int?
            let unhealthyThreshold: Int?
            let healthCheckInterval: Int?
            let healthCheckProtocol: ChangeLoadBalancerListenerHealthCheckProtocol?
            let healthCheckMethod: ChangeLoadBalancerListenerHealthCheckMethod?
            let healthCheckURI: String?
            let healthCheckHttpCode: String?
            let aclStatus: ChangeLoadBalancerListenerAclStatus?
            let securityPolicyType: ChangeLoadBalancerListenerSecurityPolicyType?
            let nbprocess: Int?
            let httpMode: ChangeLoadBalancerListenerHttpMode?
            let sessionPersistence: ChangeLoadBalancerListenerSessionPersistence?
            let sessionIdleTimeout: Int?
            let cookieName: String?
            let systemTags: [String]?
            let userTags: [String]?
            let httpRedirectHttps: ChangeLoadBalancerListenerHttpRedirectHttps?
            let redirectPort: Int?
            let statusCode: ChangeLoadBalancerListenerStatusCode?
            let httpVersions: [String]?
            let tcpProxyProtocol: String?
            let httpCompressAlgos: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.connectionIdleTimeout = try object.optionalValue(Int.self, forKey: "connectionIdleTimeout")
                self.maxConnection = try object.optionalValue(Int.self, forKey: "maxConnection")
                self.balancerAlgorithm = try object.optionalValue(
                    ChangeLoadBalancerListenerBalancerAlgorithm.self,
                    forKey: "balancerAlgorithm"
                )
                self.healthCheckTarget = try object.optionalValue(String.self, forKey: "healthCheckTarget")
                self.healthyThreshold = try object.optionalValue(Int.self, forKey: "healthyThreshold")
                self.unhealthyThreshold = try object.optionalValue(Int.self, forKey: "unhealthyThreshold")
                self.healthCheckInterval = try object.optionalValue(Int.self, forKey: "healthCheckInterval")
                self.healthCheckProtocol = try object.optionalValue(
                    ChangeLoadBalancerListenerHealthCheckProtocol.self,
                    forKey: "healthCheckProtocol"
                )
                self.healthCheckMethod = try object.optionalValue(
                    ChangeLoadBalancerListenerHealthCheckMethod.self,
                    forKey: "healthCheckMethod"
                )
                self.healthCheckURI = try object.optionalValue(String.self, forKey: "healthCheckURI")
                self.healthCheckHttpCode = try object.optionalValue(String.self, forKey: "healthCheckHttpCode")
                self.aclStatus = try object.optionalValue(ChangeLoadBalancerListenerAclStatus.self, forKey: "aclStatus")
                self.securityPolicyType = try object.optionalValue(
                    ChangeLoadBalancerListenerSecurityPolicyType.self,
                    forKey: "securityPolicyType"
                )
                self.nbprocess = try object.optionalValue(Int.self, forKey: "nbprocess")
                self.httpMode = try object.optionalValue(ChangeLoadBalancerListenerHttpMode.self, forKey: "httpMode")
                self.sessionPersistence = try object.optionalValue(
                    ChangeLoadBalancerListenerSessionPersistence.self,
                    forKey: "sessionPersistence"
                )
                self.sessionIdleTimeout = try object.optionalValue(Int.self, forKey: "sessionIdleTimeout")
                self.cookieName = try object.optionalValue(String.self, forKey: "cookieName")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
                self.httpRedirectHttps = try object.optionalValue(
                    ChangeLoadBalancerListenerHttpRedirectHttps.self,
                    forKey: "httpRedirectHttps"
                )
                self.redirectPort = try object.optionalValue(Int.self, forKey: "redirectPort")
                self.statusCode = try object.optionalValue(
                    ChangeLoadBalancerListenerStatusCode.self,
                    forKey: "statusCode"
                )
                self.httpVersions = try object.optionalValue([String].self, forKey: "httpVersions")
                self.tcpProxyProtocol = try object.optionalValue(String.self, forKey: "tcpProxyProtocol")
                self.httpCompressAlgos = try object.optionalValue([String].self, forKey: "httpCompressAlgos")
            }
        }
    }
}
