import ZStackSDK

/// The server side of ``UngroupVolumeSnapshotGroup``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/volume-snapshots/ungroup/{uuid}`, asynchronous.
nonisolated enum UngroupVolumeSnapshotGroupServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UngroupVolumeSnapshotGroup.operation, bodyWrapper: nil) { call in
            let request = UngroupVolumeSnapshotGroup.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.ungroupVolumeSnapshotGroup(request) }
        }
    }
}
