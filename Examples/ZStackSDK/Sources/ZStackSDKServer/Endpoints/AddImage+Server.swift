import ZStackSDK

/// The server side of ``AddImage``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/images`, asynchronous.
nonisolated enum AddImageServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddImage.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let name = try body.wrappedField(String.self, "name")
                let url = try body.wrappedField(String.self, "url")
                let backupStorageUuids = try body.wrappedField([String].self, "backupStorageUuids")
                let description = try body.wrappedField(String.self, "description")
                let mediaType = try body.wrappedField(AddImageMediaType.self, "mediaType")
                let guestOsType = try body.wrappedField(String.self, "guestOsType")
                let system = try body.wrappedField(Bool.self, "system")
                let format = try body.wrappedField(String.self, "format")
                let platform = try body.wrappedField(AddImagePlatform.self, "platform")
                let type = try body.wrappedField(String.self, "type")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let architecture = try body.wrappedField(AddImageArchitecture.self, "architecture")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                let virtio = try body.wrappedField(Bool.self, "virtio")
                return AddImage.Request(
                    name: try call.required(name, .bodyField("params.name")),
                    url: try call.required(url, .bodyField("params.url")),
                    backupStorageUuids: try call.required(backupStorageUuids, .bodyField("params.backupStorageUuids")),
                    description: description,
                    mediaType: mediaType,
                    guestOsType: guestOsType,
                    system: system,
                    format: format,
                    platform: platform,
                    type: type,
                    resourceUuid: resourceUuid,
                    systemTags: systemTags,
                    userTags: userTags,
                    architecture: architecture,
                    tagUuids: tagUuids,
                    virtio: virtio
                )
            }
            return { try await handler.addImage(request) }
        }
    }
}
