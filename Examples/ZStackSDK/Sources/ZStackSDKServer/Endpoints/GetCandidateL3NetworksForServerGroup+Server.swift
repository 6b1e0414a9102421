import ZStackSDK

/// The server side of ``GetCandidateL3NetworksForServerGroup``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/load-balancers/servergroups/candidate-l3network`, synchronous.
nonisolated enum GetCandidateL3NetworksForServerGroupServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetCandidateL3NetworksForServerGroup.operation, bodyWrapper: nil) { call in
            let request = GetCandidateL3NetworksForServerGroup.Request(
                serverGroupUuid: try call.queryParameter("serverGroupUuid", as: String.self),
                loadBalancerUuid: try call.queryParameter("loadBalancerUuid", as: String.self),
                limit: try call.queryParameter("limit", as: Int.self),
                start: try call.queryParameter("start", as: Int.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getCandidateL3NetworksForServerGroup(request) }
        }
    }
}
