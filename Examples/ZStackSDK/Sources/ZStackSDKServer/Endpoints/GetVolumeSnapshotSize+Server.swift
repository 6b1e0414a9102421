import ZStackSDK

/// The server side of ``GetVolumeSnapshotSize``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/volume-snapshots/{uuid}/actions`, asynchronous.
nonisolated enum GetVolumeSnapshotSizeServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetVolumeSnapshotSize.operation, bodyWrapper: "getVolumeSnapshotSize") { call in
            let request = try call.decodeBody(wrapper: "getVolumeSnapshotSize") { body in
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return GetVolumeSnapshotSize.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.getVolumeSnapshotSize(request) }
        }
    }
}
