import ZStackSDK

/// The server side of ``UpdateImage``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/images/{uuid}/actions`, asynchronous.
nonisolated enum UpdateImageServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateImage.operation, bodyWrapper: "updateImage") { call in
            let body = try call.decodeBody(Body.self)
            let request = UpdateImage.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                name: body.wrapped?.name,
                description: body.wrapped?.description,
                guestOsType: body.wrapped?.guestOsType,
                mediaType: body.wrapped?.mediaType,
                format: body.wrapped?.format,
                system: body.wrapped?.system,
                platform: body.wrapped?.platform,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                architecture: body.wrapped?.architecture,
                virtio: body.wrapped?.virtio
            )
            return { try await handler.updateImage(request) }
        }
    }

    /// The JSON body of a request: `{"updateImage": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "updateImage")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let name: String?
            let description: String?
            let guestOsType: String?
            let mediaType: UpdateImageMediaType?
            let format: UpdateImageFormat?
            let system: Bool?
            let platform: UpdateImagePlatform?
            let systemTags: [String]?
            let userTags: [String]?
            let architecture: UpdateImageArchitecture?
            let virtio: Bool?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.name = try object.optionalValue(String.self, forKey: "name")
                self.description = try object.optionalValue(String.self, forKey: "description")
                self.guestOsType = try object.optionalValue(String.self, forKey: "guestOsType")
                self.mediaType = try object.optionalValue(UpdateImageMediaType.self, forKey: "mediaType")
                self.format = try object.optionalValue(UpdateImageFormat.self, forKey: "format")
                self.system = try object.optionalValue(Bool.self, forKey: "system")
                self.platform = try object.optionalValue(UpdateImagePlatform.self, forKey: "platform")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
                self.architecture = try object.optionalValue(UpdateImageArchitecture.self, forKey: "architecture")
                self.virtio = try object.optionalValue(Bool.self, forKey: "virtio")
            }
        }
    }
}
