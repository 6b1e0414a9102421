import ZStackSDK

/// The server side of ``RemoveAccessControlListFromLoadBalancer``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/load-balancers/listeners/{listenerUuid}/access-control-lists`, asynchronous.
nonisolated enum RemoveAccessControlListFromLoadBalancerServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: RemoveAccessControlListFromLoadBalancer.operation, bodyWrapper: nil) { call in
            let request = RemoveAccessControlListFromLoadBalancer.Request(
                listenerUuid: try call.pathParameter("listenerUuid", as: String.self),
                aclUuids: try call.required(
                    try call.queryParameters("aclUuids", as: String.self),
                    .queryParameter("aclUuids")
                ),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self),
                serverGroupUuids: try call.queryParameters("serverGroupUuids", as: String.self)
            )
            return { try await handler.removeAccessControlListFromLoadBalancer(request) }
        }
    }
}
