import ZStackSDK

/// The server side of ``CreateLoadBalancerListener``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/load-balancers/{loadBalancerUuid}/listeners`, asynchronous.
nonisolated enum CreateLoadBalancerListenerServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateLoadBalancerListener.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = CreateLoadBalancerListener.Request(
                loadBalancerUuid: try call.pathParameter("loadBalancerUuid", as: String.self),
                name: try call.required(body.wrapped?.name, .bodyField("params.name")),
                loadBalancerPort: try call.required(
                    body.wrapped?.loadBalancerPort,
                    .bodyField("params.loadBalancerPort")
                ),
                description: body.wrapped?.description,
                instancePort: body.wrapped?.instancePort,
                protocol: body.wrapped?.protocol,
                certificateUuid: body.wrapped?.certificateUuid,
                healthCheckProtocol: body.wrapped?.healthCheckProtocol,
                healthCheckMethod: body.wrapped?.healthCheckMethod,
                healthCheckURI: body.wrapped?.healthCheckURI,
                healthCheckHttpCode: body.wrapped?.healthCheckHttpCode,
                aclStatus: body.wrapped?.aclStatus,
                aclUuids: body.wrapped?.aclUuids,
                aclType: body.wrapped?.aclType,
                resourceUuid: body.wrapped?.resourceUuid,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                tagUuids: body.wrapped?.tagUuids,
                securityPolicyType: body.wrapped?.securityPolicyType,
                httpVersions: body.wrapped?.httpVersions,
                tcpProxyProtocol: body.wrapped?.tcpProxyProtocol,
                httpCompressAlgos: body.wrapped?.httpCompressAlgos
            )
            return { try await handler.createLoadBalancerListener(request) }
        }
    }

    /// The JSON body of a request: `{"params": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "params"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var name: String?
            var description: String?
            var instancePort: Int?
            var loadBalancerPort: Int?
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
            var systemTags: [String]?
            var userTags: [String]?
            var tagUuids: [String]?
            var securityPolicyType: CreateLoadBalancerListenerSecurityPolicyType?
            var httpVersions: [String]?
            var tcpProxyProtocol: String?
            var httpCompressAlgos: [String]?

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
                case systemTags = "systemTags"
                case userTags = "userTags"
                case tagUuids = "tagUuids"
                case securityPolicyType = "securityPolicyType"
                case httpVersions = "httpVersions"
                case tcpProxyProtocol = "tcpProxyProtocol"
                case httpCompressAlgos = "httpCompressAlgos"
            }
        }
    }
}
