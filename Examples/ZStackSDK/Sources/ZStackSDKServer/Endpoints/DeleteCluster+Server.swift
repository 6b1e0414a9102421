import ZStackSDK

/// The server side of ``DeleteCluster``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/clusters/{uuid}`, asynchronous.
nonisolated enum DeleteClusterServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DeleteCluster.operation, bodyWrapper: nil) { call in
            let request = DeleteCluster.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                deleteMode: try call.queryParameter("deleteMode", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.deleteCluster(request) }
        }
    }
}
