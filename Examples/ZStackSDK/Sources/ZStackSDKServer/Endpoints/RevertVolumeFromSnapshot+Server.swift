import ZStackSDK

/// The server side of ``RevertVolumeFromSnapshot``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/volume-snapshots/{uuid}/actions`, asynchronous.
nonisolated enum RevertVolumeFromSnapshotServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: RevertVolumeFromSnapshot.operation,
            bodyWrapper: "revertVolumeFromSnapshot"
        ) { call in
            let request = try call.decodeBody(wrapper: "revertVolumeFromSnapshot") { body in
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return RevertVolumeFromSnapshot.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.revertVolumeFromSnapshot(request) }
        }
    }
}
