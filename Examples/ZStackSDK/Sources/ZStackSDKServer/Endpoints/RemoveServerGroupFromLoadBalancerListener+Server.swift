import ZStackSDK

/// The server side of ``RemoveServerGroupFromLoadBalancerListener``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/load-balancers/listeners/{listenerUuid}/servergroups`, asynchronous.
nonisolated enum RemoveServerGroupFromLoadBalancerListenerServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: RemoveServerGroupFromLoadBalancerListener.operation, bodyWrapper: nil) { call in
            let request = RemoveServerGroupFromLoadBalancerListener.Request(
                listenerUuid: try call.pathParameter("listenerUuid", as: String.self),
                serverGroupUuid: try call.required(
                    try call.queryParameter("serverGroupUuid", as: String.self),
                    .queryParameter("serverGroupUuid")
                ),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.removeServerGroupFromLoadBalancerListener(request) }
        }
    }
}
