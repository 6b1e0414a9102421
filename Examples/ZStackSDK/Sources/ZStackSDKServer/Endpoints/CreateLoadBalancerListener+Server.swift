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
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "params")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let name: String?
            let description: String?
            let instancePort: Int?
            let loadBalancerPort: Int?
            let `protocol`: CreateLoadBalancerListenerProtocolValue?
            let certificateUuid: String?
            let healthCheckProtocol: CreateLoadBalancerListenerHealthCheckProtocol?
            let healthCheckMethod: CreateLoadBalancerListenerHealthCheckMethod?
            let healthCheckURI: String?
            let healthCheckHttpCode: String?
            let aclStatus: CreateLoadBalancerListenerAclStatus?
            let aclUuids: [String]?
            let aclType: CreateLoadBalancerListenerAclType?
            let resourceUuid: String?
            let systemTags: [String]?
            let userTags: [String]?
            let tagUuids: [String]?
            let securityPolicyType: CreateLoadBalancerListenerSecurityPolicyType?
            let httpVersions: [String]?
            let tcpProxyProtocol: String?
            let httpCompressAlgos: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.name = try object.optionalValue(String.self, forKey: "name")
                self.description = try object.optionalValue(String.self, forKey: "description")
                self.instancePort = try object.optionalValue(Int.self, forKey: "instancePort")
                self.loadBalancerPort = try object.optionalValue(Int.self, forKey: "loadBalancerPort")
                self.`protocol` = try object.optionalValue(
                    CreateLoadBalancerListenerProtocolValue.self,
                    forKey: "protocol"
                )
                self.certificateUuid = try object.optionalValue(String.self, forKey: "certificateUuid")
                self.healthCheckProtocol = try object.optionalValue(
                    CreateLoadBalancerListenerHealthCheckProtocol.self,
                    forKey: "healthCheckProtocol"
                )
                self.healthCheckMethod = try object.optionalValue(
                    CreateLoadBalancerListenerHealthCheckMethod.self,
                    forKey: "healthCheckMethod"
                )
                self.healthCheckURI = try object.optionalValue(String.self, forKey: "healthCheckURI")
                self.healthCheckHttpCode = try object.optionalValue(String.self, forKey: "healthCheckHttpCode")
                self.aclStatus = try object.optionalValue(CreateLoadBalancerListenerAclStatus.self, forKey: "aclStatus")
                self.aclUuids = try object.optionalValue([String].self, forKey: "aclUuids")
                self.aclType = try object.optionalValue(CreateLoadBalancerListenerAclType.self, forKey: "aclType")
                self.resourceUuid = try object.optionalValue(String.self, forKey: "resourceUuid")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
                self.tagUuids = try object.optionalValue([String].self, forKey: "tagUuids")
                self.securityPolicyType = try object.optionalValue(
                    CreateLoadBalancerListenerSecurityPolicyType.self,
                    forKey: "securityPolicyType"
                )
                self.httpVersions = try object.optionalValue([String].self, forKey: "httpVersions")
                self.tcpProxyProtocol = try object.optionalValue(String.self, forKey: "tcpProxyProtocol")
                self.httpCompressAlgos = try object.optionalValue([String].self, forKey: "httpCompressAlgos")
            }
        }
    }
}
