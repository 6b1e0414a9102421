import ZStackSDK

/// The server side of ``GetVmStartingCandidateClustersHosts``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/vm-instances/{uuid}/starting-target-hosts`, synchronous.
nonisolated enum GetVmStartingCandidateClustersHostsServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetVmStartingCandidateClustersHosts.operation, bodyWrapper: nil) { call in
            let request = GetVmStartingCandidateClustersHosts.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getVmStartingCandidateClustersHosts(request) }
        }
    }
}
