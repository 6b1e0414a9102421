import ZStackSDK

/// The server side of ``GetCandidateVmNicsForLoadBalancerServerGroup``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/load-balancers/servergroups/candidate-nics`, synchronous.
nonisolated enum GetCandidateVmNicsForLoadBalancerServerGroupServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: GetCandidateVmNicsForLoadBalancerServerGroup.operation,
            bodyWrapper: nil
        ) { call in
            let request = GetCandidateVmNicsForLoadBalancerServerGroup.Request(
                servergroupUuid: try call.queryParameter("servergroupUuid", as: String.self),
                loadBalancerUuid: try call.queryParameter("loadBalancerUuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self),
                ipVersion: try call.queryParameter("ipVersion", as: GetCandidateVmNicsForLoadBalancerServerGroupIpVersion.self)
            )
            return { try await handler.getCandidateVmNicsForLoadBalancerServerGroup(request) }
        }
    }
}
