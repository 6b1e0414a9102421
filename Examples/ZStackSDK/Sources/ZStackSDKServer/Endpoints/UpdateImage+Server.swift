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
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "updateImage"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var name: String?
            var description: String?
            var guestOsType: String?
            var mediaType: UpdateImageMediaType?
            var format: UpdateImageFormat?
            var system: Bool?
            var platform: UpdateImagePlatform?
            var systemTags: [String]?
            var userTags: [String]?
            var architecture: UpdateImageArchitecture?
            var virtio: Bool?

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case guestOsType = "guestOsType"
                case mediaType = "mediaType"
                case format = "format"
                case system = "system"
                case platform = "platform"
                case systemTags = "systemTags"
                case userTags = "userTags"
                case architecture = "architecture"
                case virtio = "virtio"
            }
        }
    }
}
