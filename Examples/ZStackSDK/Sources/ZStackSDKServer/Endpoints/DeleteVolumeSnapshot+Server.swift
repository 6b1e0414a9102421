import ZStackSDK

/// The server side of ``DeleteVolumeSnapshot``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/volume-snapshots/{uuid}`, asynchronous.
nonisolated enum DeleteVolumeSnapshotServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DeleteVolumeSnapshot.operation, bodyWrapper: nil) { call in
            let request = DeleteVolumeSnapshot.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                deleteMode: try call.queryParameter("deleteMode", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.deleteVolumeSnapshot(request) }
        }
    }
}
