import ZStackSDK

/// The server side of ``AddCertificateToLoadBalancerListener``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/load-balancers/listeners/{listenerUuid}/certificate`, asynchronous.
nonisolated enum AddCertificateToLoadBalancerListenerServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddCertificateToLoadBalancerListener.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let certificateUuid = try body.wrappedField(String.self, "certificateUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return AddCertificateToLoadBalancerListener.Request(
                    listenerUuid: try call.pathParameter("listenerUuid", as: String.self),
                    certificateUuid: try call.required(certificateUuid, .bodyField("params.certificateUuid")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.addCertificateToLoadBalancerListener(request) }
        }
    }
}
