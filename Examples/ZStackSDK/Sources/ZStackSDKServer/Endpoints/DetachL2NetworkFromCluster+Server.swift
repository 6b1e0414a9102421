import ZStackSDK

/// The server side of ``DetachL2NetworkFromCluster``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/l2-networks/{l2NetworkUuid}/clusters/{clusterUuid}`, asynchronous.
nonisolated enum DetachL2NetworkFromClusterServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DetachL2NetworkFromCluster.operation, bodyWrapper: nil) { call in
            let request = DetachL2NetworkFromCluster.Request(
                l2NetworkUuid: try call.pathParameter("l2NetworkUuid", as: String.self),
                clusterUuid: try call.pathParameter("clusterUuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.detachL2NetworkFromCluster(request) }
        }
    }
}
