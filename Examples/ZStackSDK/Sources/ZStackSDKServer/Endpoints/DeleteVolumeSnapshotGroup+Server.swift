import ZStackSDK

/// The server side of ``DeleteVolumeSnapshotGroup``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/volume-snapshots/group/{uuid}`, asynchronous.
nonisolated enum DeleteVolumeSnapshotGroupServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DeleteVolumeSnapshotGroup.operation, bodyWrapper: nil) { call in
            let request = DeleteVolumeSnapshotGroup.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                deleteMode: try call.queryParameter("deleteMode", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.deleteVolumeSnapshotGroup(request) }
        }
    }
}
