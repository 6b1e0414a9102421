import ZStackSDK

/// The server side of ``GetCandidateL3NetworksForChangeVmNicNetwork``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/vm-instances/nics/{vmNicUuid}/l3-networks-candidates`, synchronous.
nonisolated enum GetCandidateL3NetworksForChangeVmNicNetworkServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: GetCandidateL3NetworksForChangeVmNicNetwork.operation,
            bodyWrapper: nil
        ) { call in
            let request = GetCandidateL3NetworksForChangeVmNicNetwork.Request(
                vmNicUuid: try call.pathParameter("vmNicUuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getCandidateL3NetworksForChangeVmNicNetwork(request) }
        }
    }
}
