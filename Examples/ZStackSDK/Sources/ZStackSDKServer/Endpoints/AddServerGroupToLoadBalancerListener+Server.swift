import ZStackSDK

/// The server side of ``AddServerGroupToLoadBalancerListener``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/load-balancers/listeners/{listenerUuid}/servergroups`, asynchronous.
nonisolated enum AddServerGroupToLoadBalancerListenerServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddServerGroupToLoadBalancerListener.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let serverGroupUuid = try body.wrappedField(String.self, "serverGroupUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return AddServerGroupToLoadBalancerListener.Request(
                    listenerUuid: try call.pathParameter("listenerUuid", as: String.self),
                    serverGroupUuid: try call.required(serverGroupUuid, .bodyField("params.serverGroupUuid")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.addServerGroupToLoadBalancerListener(request) }
        }
    }
}
