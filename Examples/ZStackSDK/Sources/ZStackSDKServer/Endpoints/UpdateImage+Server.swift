import ZStackSDK

/// The server side of ``UpdateImage``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/images/{uuid}/actions`, asynchronous.
nonisolated enum UpdateImageServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateImage.operation, bodyWrapper: "updateImage") { call in
            let request = try call.decodeBody(wrapper: "updateImage") { body in
                let name = try body.wrappedField(String.self, "name")
                let description = try body.wrappedField(String.self, "description")
                let guestOsType = try body.wrappedField(String.self, "guestOsType")
                let mediaType = try body.wrappedField(UpdateImageMediaType.self, "mediaType")
                let format = try body.wrappedField(UpdateImageFormat.self, "format")
                let system = try body.wrappedField(Bool.self, "system")
                let platform = try body.wrappedField(UpdateImagePlatform.self, "platform")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let architecture = try body.wrappedField(UpdateImageArchitecture.self, "architecture")
                let virtio = try body.wrappedField(Bool.self, "virtio")
                return UpdateImage.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    name: name,
                    description: description,
                    guestOsType: guestOsType,
                    mediaType: mediaType,
                    format: format,
                    system: system,
                    platform: platform,
                    systemTags: systemTags,
                    userTags: userTags,
                    architecture: architecture,
                    virtio: virtio
                )
            }
            return { try await handler.updateImage(request) }
        }
    }
}
