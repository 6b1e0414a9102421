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
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "params")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let name: String?
            let description: String?
            let url: String?
            let mediaType: AddImageMediaType?
            let guestOsType: String?
            let system: Bool?
            let format: String?
            let platform: AddImagePlatform?
            let backupStorageUuids: [String]?
            let type: String?
            let resourceUuid: String?
            let systemTags: [String]?
            let userTags: [String]?
            let architecture: AddImageArchitecture?
            let tagUuids: [String]?
            let virtio: Bool?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.name = try object.optionalValue(String.self, forKey: "name")
                self.description = try object.optionalValue(String.self, forKey: "description")
                self.url = try object.optionalValue(String.self, forKey: "url")
                self.mediaType = try object.optionalValue(AddImageMediaType.self, forKey: "mediaType")
                self.guestOsType = try object.optionalValue(String.self, forKey: "guestOsType")
                self.system = try object.optionalValue(Bool.self, forKey: "system")
                self.format = try object.optionalValue(String.self, forKey: "format")
                self.platform = try object.optionalValue(AddImagePlatform.self, forKey: "platform")
                self.backupStorageUuids = try object.optionalValue([String].self, forKey: "backupStorageUuids")
                self.type = try object.optionalValue(String.self, forKey: "type")
                self.resourceUuid = try object.optionalValue(String.self, forKey: "resourceUuid")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
                self.architecture = try object.optionalValue(AddImageArchitecture.self, forKey: "architecture")
                self.tagUuids = try object.optionalValue([String].self, forKey: "tagUuids")
                self.virtio = try object.optionalValue(Bool.self, forKey: "virtio")
            }
        }
    }
}
