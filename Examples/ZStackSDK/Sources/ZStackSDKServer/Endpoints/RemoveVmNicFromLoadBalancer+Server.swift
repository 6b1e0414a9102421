import ZStackSDK

/// The server side of ``RemoveVmNicFromLoadBalancer``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/load-balancers/listeners/{listenerUuid}/vm-instances/nics`, asynchronous.
nonisolated enum RemoveVmNicFromLoadBalancerServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: RemoveVmNicFromLoadBalancer.operation, bodyWrapper: nil) { call in
            let request = RemoveVmNicFromLoadBalancer.Request(
                listenerUuid: try call.pathParameter("listenerUuid", as: String.self),
                vmNicUuids: try call.required(
                    try call.queryParameters("vmNicUuids", as: String.self),
                    .queryParameter("vmNicUuids")
                ),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.removeVmNicFromLoadBalancer(request) }
        }
    }
}
