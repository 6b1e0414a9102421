import ZStackSDK

/// The server side of ``CreateRootVolumeTemplateFromVolumeSnapshot``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/images/root-volume-templates/from/volume-snapshots/{snapshotUuid}`, asynchronous.
nonisolated enum CreateRootVolumeTemplateFromVolumeSnapshotServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: CreateRootVolumeTemplateFromVolumeSnapshot.operation,
            bodyWrapper: "params"
        ) { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let name = try body.wrappedField(String.self, "name")
                let backupStorageUuids = try body.wrappedField([String].self, "backupStorageUuids")
                let description = try body.wrappedField(String.self, "description")
                let guestOsType = try body.wrappedField(String.self, "guestOsType")
                let platform = try body.wrappedField(
                    CreateRootVolumeTemplateFromVolumeSnapshotPlatform.self,
                    "platform"
                )
                let system = try body.wrappedField(Bool.self, "system")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let architecture = try body.wrappedField(String.self, "architecture")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                let virtio = try body.wrappedField(Bool.self, "virtio")
                return CreateRootVolumeTemplateFromVolumeSnapshot.Request(
                    snapshotUuid: try call.pathParameter("snapshotUuid", as: String.self),
                    name: try call.required(name, .bodyField("params.name")),
                    backupStorageUuids: try call.required(backupStorageUuids, .bodyField("params.backupStorageUuids")),
                    description: description,
                    guestOsType: guestOsType,
                    platform: platform,
                    system: system,
                    resourceUuid: resourceUuid,
                    systemTags: systemTags,
                    userTags: userTags,
                    architecture: architecture,
                    tagUuids: tagUuids,
                    virtio: virtio
                )
            }
            return { try await handler.createRootVolumeTemplateFromVolumeSnapshot(request) }
        }
    }
}
