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
            let request = try call.decodeBody(wrapper: "changeLoadBalancerListener") { body in
                let connectionIdleTimeout = try body.wrappedField(Int.self, "connectionIdleTimeout")
                let maxConnection = try body.wrappedField(Int.self, "maxConnection")
                let balancerAlgorithm = try body.wrappedField(
                    ChangeLoadBalancerListenerBalancerAlgorithm.self,
                    "balancerAlgorithm"
                )
                let healthCheckTarget = try body.wrappedField(String.self, "healthCheckTarget")
                let healthyThreshold = try body.wrappedField(Int.self, "healthyThreshold")
                let unhealthyThreshold = try body.wrappedField(Int.self, "unhealthyThreshold")
                let healthCheckInterval = try body.wrappedField(Int.self, "healthCheckInterval")
                let healthCheckProtocol = try body.wrappedField(
                    ChangeLoadBalancerListenerHealthCheckProtocol.self,
                    "healthCheckProtocol"
                )
                let healthCheckMethod = try body.wrappedField(
                    ChangeLoadBalancerListenerHealthCheckMethod.self,
                    "healthCheckMethod"
                )
                let healthCheckURI = try body.wrappedField(String.self, "healthCheckURI")
                let healthCheckHttpCode = try body.wrappedField(String.self, "healthCheckHttpCode")
                let aclStatus = try body.wrappedField(ChangeLoadBalancerListenerAclStatus.self, "aclStatus")
                let securityPolicyType = try body.wrappedField(
                    ChangeLoadBalancerListenerSecurityPolicyType.self,
                    "securityPolicyType"
                )
                let nbprocess = try body.wrappedField(Int.self, "nbprocess")
                let httpMode = try body.wrappedField(ChangeLoadBalancerListenerHttpMode.self, "httpMode")
                let sessionPersistence = try body.wrappedField(
                    ChangeLoadBalancerListenerSessionPersistence.self,
                    "sessionPersistence"
                )
                let sessionIdleTimeout = try body.wrappedField(Int.self, "sessionIdleTimeout")
                let cookieName = try body.wrappedField(String.self, "cookieName")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let httpRedirectHttps = try body.wrappedField(
                    ChangeLoadBalancerListenerHttpRedirectHttps.self,
                    "httpRedirectHttps"
                )
                let redirectPort = try body.wrappedField(Int.self, "redirectPort")
                let statusCode = try body.wrappedField(ChangeLoadBalancerListenerStatusCode.self, "statusCode")
                let httpVersions = try body.wrappedField([String].self, "httpVersions")
                let tcpProxyProtocol = try body.wrappedField(String.self, "tcpProxyProtocol")
                let httpCompressAlgos = try body.wrappedField([String].self, "httpCompressAlgos")
                return ChangeLoadBalancerListener.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
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
                )
            }
            return { try await handler.changeLoadBalancerListener(request) }
        }
    }
}
