import ZStackSDK

/// The server side of ``CreateDataVolumeTemplateFromVolume``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/images/data-volume-templates/from/volumes/{volumeUuid}`, asynchronous.
nonisolated enum CreateDataVolumeTemplateFromVolumeServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateDataVolumeTemplateFromVolume.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let name = try body.wrappedField(String.self, "name")
                let description = try body.wrappedField(String.self, "description")
                let backupStorageUuids = try body.wrappedField([String].self, "backupStorageUuids")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                return CreateDataVolumeTemplateFromVolume.Request(
                    volumeUuid: try call.pathParameter("volumeUuid", as: String.self),
                    name: try call.required(name, .bodyField("params.name")),
                    description: description,
                    backupStorageUuids: backupStorageUuids,
                    resourceUuid: resourceUuid,
                    systemTags: systemTags,
                    userTags: userTags,
                    tagUuids: tagUuids
                )
            }
            return { try await handler.createDataVolumeTemplateFromVolume(request) }
        }
    }
}
