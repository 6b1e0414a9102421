import ZStackSDK

/// The server side of ``GetCandidateL2NetworksForAttachingCluster``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/cluster/{clusterUuid}/l2-candidates`, synchronous.
nonisolated enum GetCandidateL2NetworksForAttachingClusterServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetCandidateL2NetworksForAttachingCluster.operation, bodyWrapper: nil) { call in
            let request = GetCandidateL2NetworksForAttachingCluster.Request(
                clusterUuid: try call.pathParameter("clusterUuid", as: String.self),
                limit: try call.queryParameter("limit", as: Int.self),
                start: try call.queryParameter("start", as: Int.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getCandidateL2NetworksForAttachingCluster(request) }
        }
    }
}
