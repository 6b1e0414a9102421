import ZStackSDK

/// The server side of ``CreateLoadBalancerListener``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/load-balancers/{loadBalancerUuid}/listeners`, asynchronous.
nonisolated enum CreateLoadBalancerListenerServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateLoadBalancerListener.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let name = try body.wrappedField(String.self, "name")
                let loadBalancerPort = try body.wrappedField(Int.self, "loadBalancerPort")
                let description = try body.wrappedField(String.self, "description")
                let instancePort = try body.wrappedField(Int.self, "instancePort")
                let `protocol` = try body.wrappedField(CreateLoadBalancerListenerProtocolValue.self, "protocol")
                let certificateUuid = try body.wrappedField(String.self, "certificateUuid")
                let healthCheckProtocol = try body.wrappedField(
                    CreateLoadBalancerListenerHealthCheckProtocol.self,
                    "healthCheckProtocol"
                )
                let healthCheckMethod = try body.wrappedField(
                    CreateLoadBalancerListenerHealthCheckMethod.self,
                    "healthCheckMethod"
                )
                let healthCheckURI = try body.wrappedField(String.self, "healthCheckURI")
                let healthCheckHttpCode = try body.wrappedField(String.self, "healthCheckHttpCode")
                let aclStatus = try body.wrappedField(CreateLoadBalancerListenerAclStatus.self, "aclStatus")
                let aclUuids = try body.wrappedField([String].self, "aclUuids")
                let aclType = try body.wrappedField(CreateLoadBalancerListenerAclType.self, "aclType")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                let securityPolicyType = try body.wrappedField(
                    CreateLoadBalancerListenerSecurityPolicyType.self,
                    "securityPolicyType"
                )
                let httpVersions = try body.wrappedField([String].self, "httpVersions")
                let tcpProxyProtocol = try body.wrappedField(String.self, "tcpProxyProtocol")
                let httpCompressAlgos = try body.wrappedField([String].self, "httpCompressAlgos")
                return CreateLoadBalancerListener.Request(
                    loadBalancerUuid: try call.pathParameter("loadBalancerUuid", as: String.self),
                    name: try call.required(name, .bodyField("params.name")),
                    loadBalancerPort: try call.required(loadBalancerPort, .bodyField("params.loadBalancerPort")),
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
                )
            }
            return { try await handler.createLoadBalancerListener(request) }
        }
    }
}
