import ZStackSDK

/// The server side of ``UpdateVolumeSnapshot``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/volume-snapshots/{uuid}/actions`, asynchronous.
nonisolated enum UpdateVolumeSnapshotServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateVolumeSnapshot.operation, bodyWrapper: "updateVolumeSnapshot") { call in
            let request = try call.decodeBody(wrapper: "updateVolumeSnapshot") { body in
                let name = try body.wrappedField(String.self, "name")
                let description = try body.wrappedField(String.self, "description")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return UpdateVolumeSnapshot.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    name: name,
                    description: description,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.updateVolumeSnapshot(request) }
        }
    }
}
