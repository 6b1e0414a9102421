import ZStackSDK

/// The server side of ``ShrinkVolumeSnapshot``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/volume-snapshots/shrink/{uuid}/actions`, asynchronous.
nonisolated enum ShrinkVolumeSnapshotServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: ShrinkVolumeSnapshot.operation, bodyWrapper: "shrinkVolumeSnapshot") { call in
            let request = try call.decodeBody(wrapper: "shrinkVolumeSnapshot") { body in
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return ShrinkVolumeSnapshot.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.shrinkVolumeSnapshot(request) }
        }
    }
}
