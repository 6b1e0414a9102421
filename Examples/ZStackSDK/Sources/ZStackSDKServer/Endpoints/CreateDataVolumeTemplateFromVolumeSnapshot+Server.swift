import ZStackSDK

/// The server side of ``CreateDataVolumeTemplateFromVolumeSnapshot``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/images/data-volume-templates/from/volume-snapshots/{snapshotUuid}`, asynchronous.
nonisolated enum CreateDataVolumeTemplateFromVolumeSnapshotServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: CreateDataVolumeTemplateFromVolumeSnapshot.operation,
            bodyWrapper: "params"
        ) { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let name = try body.wrappedField(String.self, "name")
                let backupStorageUuids = try body.wrappedField([String].self, "backupStorageUuids")
                let description = try body.wrappedField(String.self, "description")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return CreateDataVolumeTemplateFromVolumeSnapshot.Request(
                    snapshotUuid: try call.pathParameter("snapshotUuid", as: String.self),
                    name: try call.required(name, .bodyField("params.name")),
                    backupStorageUuids: try call.required(backupStorageUuids, .bodyField("params.backupStorageUuids")),
                    description: description,
                    resourceUuid: resourceUuid,
                    tagUuids: tagUuids,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.createDataVolumeTemplateFromVolumeSnapshot(request) }
        }
    }
}
