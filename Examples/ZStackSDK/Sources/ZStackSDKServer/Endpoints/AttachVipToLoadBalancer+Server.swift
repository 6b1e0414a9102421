import ZStackSDK

/// The server side of ``AttachVipToLoadBalancer``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/load-balancers/{loadBalancerUuid}/vip/{vipUuid}`, asynchronous.
nonisolated enum AttachVipToLoadBalancerServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AttachVipToLoadBalancer.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return AttachVipToLoadBalancer.Request(
                    loadBalancerUuid: try call.pathParameter("loadBalancerUuid", as: String.self),
                    vipUuid: try call.pathParameter("vipUuid", as: String.self),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.attachVipToLoadBalancer(request) }
        }
    }
}
