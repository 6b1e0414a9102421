import ZStackSDK

/// The server side of ``GetCandidateVmNicsForLoadBalancer``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/load-balancers/listeners/{listenerUuid}/vm-instances/candidate-nics`, synchronous.
nonisolated enum GetCandidateVmNicsForLoadBalancerServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetCandidateVmNicsForLoadBalancer.operation, bodyWrapper: nil) { call in
            let request = GetCandidateVmNicsForLoadBalancer.Request(
                listenerUuid: try call.pathParameter("listenerUuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getCandidateVmNicsForLoadBalancer(request) }
        }
    }
}
