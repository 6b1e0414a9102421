import ZStackSDK

/// The server side of ``GetLoadBalancerListenerACLEntries``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/load-balancers/listeners/access-control-lists/entries`, synchronous.
nonisolated enum GetLoadBalancerListenerACLEntriesServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetLoadBalancerListenerACLEntries.operation, bodyWrapper: nil) { call in
            let request = GetLoadBalancerListenerACLEntries.Request(
                listenerUuids: try call.queryParameters("listenerUuids", as: String.self),
                type: try call.queryParameter("type", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getLoadBalancerListenerACLEntries(request) }
        }
    }
}
