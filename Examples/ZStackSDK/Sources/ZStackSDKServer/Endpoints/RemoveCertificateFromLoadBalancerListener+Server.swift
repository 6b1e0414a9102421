import ZStackSDK

/// The server side of ``RemoveCertificateFromLoadBalancerListener``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/load-balancers/listeners/{listenerUuid}/certificate`, asynchronous.
nonisolated enum RemoveCertificateFromLoadBalancerListenerServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: RemoveCertificateFromLoadBalancerListener.operation, bodyWrapper: nil) { call in
            let request = RemoveCertificateFromLoadBalancerListener.Request(
                listenerUuid: try call.pathParameter("listenerUuid", as: String.self),
                certificateUuid: try call.required(
                    try call.queryParameter("certificateUuid", as: String.self),
                    .queryParameter("certificateUuid")
                ),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.removeCertificateFromLoadBalancerListener(request) }
        }
    }
}
