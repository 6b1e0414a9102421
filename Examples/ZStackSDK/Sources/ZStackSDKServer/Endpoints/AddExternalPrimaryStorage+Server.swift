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
            var identity: String?
            var defaultOutputProtocol: AddExternalPrimaryStorageDefaultOutputProtocol?
            var config: String?
            var url: String?
            var name: String?
            var description: String?
            var type: String?
            var zoneUuid: String?
            var resourceUuid: String?
            var tagUuids: [String]?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case identity = "identity"
                case defaultOutputProtocol = "defaultOutputProtocol"
                case config = "config"
                case url = "url"
                case name = "name"
                case description = "description"
                case type = "type"
                case zoneUuid = "zoneUuid"
                case resourceUuid = "resourceUuid"
                case tagUuids = "tagUuids"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
