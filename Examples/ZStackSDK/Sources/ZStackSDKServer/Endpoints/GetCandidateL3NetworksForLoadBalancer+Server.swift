import ZStackSDK

/// The server side of ``GetCandidateL3NetworksForLoadBalancer``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/load-balancers/listeners/{listenerUuid}/networks/candidates`, synchronous.
nonisolated enum GetCandidateL3NetworksForLoadBalancerServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetCandidateL3NetworksForLoadBalancer.operation, bodyWrapper: nil) { call in
            let request = GetCandidateL3NetworksForLoadBalancer.Request(
                listenerUuid: try call.pathParameter("listenerUuid", as: String.self),
                limit: try call.queryParameter("limit", as: Int.self),
                start: try call.queryParameter("start", as: Int.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getCandidateL3NetworksForLoadBalancer(request) }
        }
    }
}
