import ZStackSDK

/// The server side of ``AddExternalPrimaryStorage``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/primary-storage/addon`, asynchronous.
nonisolated enum AddExternalPrimaryStorageServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddExternalPrimaryStorage.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = AddExternalPrimaryStorage.Request(
                identity: try call.required(body.wrapped?.identity, .bodyField("params.identity")),
                defaultOutputProtocol: try call.required(
                    body.wrapped?.defaultOutputProtocol,
                    .bodyField("params.defaultOutputProtocol")
                ),
                url: try call.required(body.wrapped?.url, .bodyField("params.url")),
                name: try call.required(body.wrapped?.name, .bodyField("params.name")),
                zoneUuid: try call.required(body.wrapped?.zoneUuid, .bodyField("params.zoneUuid")),
                config: body.wrapped?.config,
                description: body.wrapped?.description,
                type: body.wrapped?.type,
                resourceUuid: body.wrapped?.resourceUuid,
                tagUuids: body.wrapped?.tagUuids,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.addExternalPrimaryStorage(request) }
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
            let identity: String?
            let defaultOutputProtocol: AddExternalPrimaryStorageDefaultOutputProtocol?
            let config: String?
            let url: String?
            let name: String?
            let description: String?
            let type: String?
            let zoneUuid: String?
            let resourceUuid: String?
            let tagUuids: [String]?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.identity = try object.optionalValue(String.self, forKey: "identity")
                self.defaultOutputProtocol = try object.optionalValue(
                    AddExternalPrimaryStorageDefaultOutputProtocol.self,
                    forKey: "defaultOutputProtocol"
                )
                self.config = try object.optionalValue(String.self, forKey: "config")
                self.url = try object.optionalValue(String.self, forKey: "url")
                self.name = try object.optionalValue(String.self, forKey: "name")
                self.description = try object.optionalValue(String.self, forKey: "description")
                self.type = try object.optionalValue(String.self, forKey: "type")
                self.zoneUuid = try object.optionalValue(String.self, forKey: "zoneUuid")
                self.resourceUuid = try object.optionalValue(String.self, forKey: "resourceUuid")
                self.tagUuids = try object.optionalValue([String].self, forKey: "tagUuids")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
