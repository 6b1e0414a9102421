import ZStackSDK

/// The server side of ``DeleteLoadBalancerServerGroup``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/load-balancers/servergroups/{uuid}`, asynchronous.
nonisolated enum DeleteLoadBalancerServerGroupServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DeleteLoadBalancerServerGroup.operation, bodyWrapper: nil) { call in
            let request = DeleteLoadBalancerServerGroup.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.deleteLoadBalancerServerGroup(request) }
        }
    }
}
