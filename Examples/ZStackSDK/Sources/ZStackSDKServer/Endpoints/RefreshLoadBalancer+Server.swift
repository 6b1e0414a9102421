import ZStackSDK

/// The server side of ``RefreshLoadBalancer``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/load-balancers/{uuid}/actions`, asynchronous.
nonisolated enum RefreshLoadBalancerServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: RefreshLoadBalancer.operation, bodyWrapper: "refreshLoadBalancer") { call in
            let request = try call.decodeBody(wrapper: "refreshLoadBalancer") { body in
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return RefreshLoadBalancer.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.refreshLoadBalancer(request) }
        }
    }
}
