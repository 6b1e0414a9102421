import ZStackSDK

/// The server side of ``DetachPrimaryStorageFromCluster``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/clusters/{clusterUuid}/primary-storage/{primaryStorageUuid}`, asynchronous.
nonisolated enum DetachPrimaryStorageFromClusterServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DetachPrimaryStorageFromCluster.operation, bodyWrapper: nil) { call in
            let request = DetachPrimaryStorageFromCluster.Request(
                primaryStorageUuid: try call.pathParameter("primaryStorageUuid", as: String.self),
                clusterUuid: try call.pathParameter("clusterUuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.detachPrimaryStorageFromCluster(request) }
        }
    }
}
