import ZStackSDK

/// The server side of ``CreateDataVolumeFromVolumeSnapshot``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/volumes/data/from/volume-snapshots/{volumeSnapshotUuid}`, asynchronous.
nonisolated enum CreateDataVolumeFromVolumeSnapshotServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateDataVolumeFromVolumeSnapshot.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let name = try body.wrappedField(String.self, "name")
                let description = try body.wrappedField(String.self, "description")
                let primaryStorageUuid = try body.wrappedField(String.self, "primaryStorageUuid")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                return CreateDataVolumeFromVolumeSnapshot.Request(
                    volumeSnapshotUuid: try call.pathParameter("volumeSnapshotUuid", as: String.self),
                    name: try call.required(name, .bodyField("params.name")),
                    description: description,
                    primaryStorageUuid: primaryStorageUuid,
                    resourceUuid: resourceUuid,
                    systemTags: systemTags,
                    userTags: userTags,
                    tagUuids: tagUuids
                )
            }
            return { try await handler.createDataVolumeFromVolumeSnapshot(request) }
        }
    }
}
