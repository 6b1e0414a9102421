import ZStackSDK

/// The server side of ``CreateRootVolumeTemplateFromRootVolume``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/images/root-volume-templates/from/volumes/{rootVolumeUuid}`, asynchronous.
nonisolated enum CreateRootVolumeTemplateFromRootVolumeServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: CreateRootVolumeTemplateFromRootVolume.operation,
            bodyWrapper: "params"
        ) { call in
            let body = try call.decodeBody(Body.self)
            let request = CreateRootVolumeTemplateFromRootVolume.Request(
                rootVolumeUuid: try call.pathParameter("rootVolumeUuid", as: String.self),
                name: try call.required(body.wrapped?.name, .bodyField("params.name")),
                description: body.wrapped?.description,
                guestOsType: body.wrapped?.guestOsType,
                backupStorageUuids: body.wrapped?.backupStorageUuids,
                platform: body.wrapped?.platform,
                system: body.wrapped?.system,
                resourceUuid: body.wrapped?.resourceUuid,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                architecture: body.wrapped?.architecture,
                tagUuids: body.wrapped?.tagUuids,
                virtio: body.wrapped?.virtio
            )
            return { try await handler.createRootVolumeTemplateFromRootVolume(request) }
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
            var guestOsType: String?
            var backupStorageUuids: [String]?
            var platform: CreateRootVolumeTemplateFromRootVolumePlatform?
            var system: Bool?
            var resourceUuid: String?
            var systemTags: [String]?
            var userTags: [String]?
            var architecture: String?
            var tagUuids: [String]?
            var virtio: Bool?

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case guestOsType = "guestOsType"
                case backupStorageUuids = "backupStorageUuids"
                case platform = "platform"
                case system = "system"
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
