import ZStackSDK

/// The server side of ``UpdateVolumeSnapshotGroup``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/volume-snapshots/group/{uuid}/actions`, asynchronous.
nonisolated enum UpdateVolumeSnapshotGroupServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: UpdateVolumeSnapshotGroup.operation,
            bodyWrapper: "updateVolumeSnapshotGroup"
        ) { call in
            let request = try call.decodeBody(wrapper: "updateVolumeSnapshotGroup") { body in
                let name = try body.wrappedField(String.self, "name")
                let description = try body.wrappedField(String.self, "description")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return UpdateVolumeSnapshotGroup.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    name: name,
                    description: description,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.updateVolumeSnapshotGroup(request) }
        }
    }
}
