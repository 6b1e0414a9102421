import ZStackSDK

/// The server side of ``DeleteLoadBalancerListener``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/load-balancers/listeners/{uuid}`, asynchronous.
nonisolated enum DeleteLoadBalancerListenerServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DeleteLoadBalancerListener.operation, bodyWrapper: nil) { call in
            let request = DeleteLoadBalancerListener.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.deleteLoadBalancerListener(request) }
        }
    }
}
