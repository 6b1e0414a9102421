import ZStackSDK

/// The server side of ``GetCandidateClustersForAttachingL2Network``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/l2-networks/{l2NetworkUuid}/cluster-candidates`, synchronous.
nonisolated enum GetCandidateClustersForAttachingL2NetworkServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetCandidateClustersForAttachingL2Network.operation, bodyWrapper: nil) { call in
            let request = GetCandidateClustersForAttachingL2Network.Request(
                l2NetworkUuid: try call.pathParameter("l2NetworkUuid", as: String.self),
                clusterTypes: try call.queryParameters("clusterTypes", as: String.self),
                limit: try call.queryParameter("limit", as: Int.self),
                start: try call.queryParameter("start", as: Int.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getCandidateClustersForAttachingL2Network(request) }
        }
    }
}
