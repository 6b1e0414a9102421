import ZStackSDK

/// The server side of ``AddImage``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/images`, asynchronous.
nonisolated enum AddImageServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddImage.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = AddImage.Request(
                name: try call.required(body.wrapped?.name, .bodyField("params.name")),
                url: try call.required(body.wrapped?.url, .bodyField("params.url")),
                backupStorageUuids: try call.required(
                    body.wrapped?.backupStorageUuids,
                    .bodyField("params.backupStorageUuids")
                ),
                description: body.wrapped?.description,
                mediaType: body.wrapped?.mediaType,
                guestOsType: body.wrapped?.guestOsType,
                system: body.wrapped?.system,
                format: body.wrapped?.format,
                platform: body.wrapped?.platform,
                type: body.wrapped?.type,
                resourceUuid: body.wrapped?.resourceUuid,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                architecture: body.wrapped?.architecture,
                tagUuids: body.wrapped?.tagUuids,
                virtio: body.wrapped?.virtio
            )
            return { try await handler.addImage(request) }
        }
    }

    /// The JSON body of a request: `{"params": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "params"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var name: String?
            var description: String?
            var url: String?
            var mediaType: AddImageMediaType?
            var guestOsType: String?
            var system: Bool?
            var format: String?
            var platform: AddImagePlatform?
            var backupStorageUuids: [String]?
            var type: String?
            var resourceUuid: String?
            var systemTags: [String]?
            var userTags: [String]?
            var architecture: AddImageArchitecture?
            var tagUuids: [String]?
            var virtio: Bool?

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case url = "url"
                case mediaType = "mediaType"
                case guestOsType = "guestOsType"
                case system = "system"
                case format = "format"
                case platform = "platform"
                case backupStorageUuids = "backupStorageUuids"
                case type = "type"
                case resourceUuid = "resourceUuid"
                case systemTags = "systemTags"
                case userTags = "userTags"
                case architecture = "architecture"
                case tagUuids = "tagUuids"
                case virtio = "virtio"
            }
        }
    }
}
