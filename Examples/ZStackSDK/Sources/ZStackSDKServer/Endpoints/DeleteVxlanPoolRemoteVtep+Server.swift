import ZStackSDK

/// The server side of ``DeleteVxlanPoolRemoteVtep``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/l2-networks/{l2NetworkUuid}/clusters/{clusterUuid}/delete/remote-vtep-ip`, asynchronous.
nonisolated enum DeleteVxlanPoolRemoteVtepServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DeleteVxlanPoolRemoteVtep.operation, bodyWrapper: nil) { call in
            let request = DeleteVxlanPoolRemoteVtep.Request(
                l2NetworkUuid: try call.pathParameter("l2NetworkUuid", as: String.self),
                clusterUuid: try call.pathParameter("clusterUuid", as: String.self),
                remoteVtepIp: try call.required(
                    try call.queryParameter("remoteVtepIp", as: String.self),
                    .queryParameter("remoteVtepIp")
                ),
                deleteMode: try call.queryParameter("deleteMode", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.deleteVxlanPoolRemoteVtep(request) }
        }
    }
}
