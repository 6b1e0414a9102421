import ZStackSDK

/// The server side of ``CreateDataVolumeFromVolumeTemplate``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/volumes/data/from/data-volume-templates/{imageUuid}`, asynchronous.
nonisolated enum CreateDataVolumeFromVolumeTemplateServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateDataVolumeFromVolumeTemplate.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let name = try body.wrappedField(String.self, "name")
                let primaryStorageUuid = try body.wrappedField(String.self, "primaryStorageUuid")
                let description = try body.wrappedField(String.self, "description")
                let hostUuid = try body.wrappedField(String.self, "hostUuid")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                return CreateDataVolumeFromVolumeTemplate.Request(
                    imageUuid: try call.pathParameter("imageUuid", as: String.self),
                    name: try call.required(name, .bodyField("params.name")),
                    primaryStorageUuid: try call.required(primaryStorageUuid, .bodyField("params.primaryStorageUuid")),
                    description: description,
                    hostUuid: hostUuid,
                    resourceUuid: resourceUuid,
                    systemTags: systemTags,
                    userTags: userTags,
                    tagUuids: tagUuids
                )
            }
            return { try await handler.createDataVolumeFromVolumeTemplate(request) }
        }
    }
}
