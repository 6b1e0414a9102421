import ZStackSDK

/// The server side of ``CreateL3Network``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/l3-networks`, asynchronous.
nonisolated enum CreateL3NetworkServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateL3Network.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = CreateL3Network.Request(
                name: try call.required(body.wrapped?.name, .bodyField("params.name")),
                l2NetworkUuid: try call.required(body.wrapped?.l2NetworkUuid, .bodyField("params.l2NetworkUuid")),
                description: body.wrapped?.description,
                type: body.wrapped?.type,
                ipVersion: body.wrapped?.ipVersion,
                system: body.wrapped?.system,
                dnsDomain: body.wrapped?.dnsDomain,
                resourceUuid: body.wrapped?.resourceUuid,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                category: body.wrapped?.category,
                tagUuids: body.wrapped?.tagUuids,
                enableIPAM: body.wrapped?.enableIPAM
            )
            return { try await handler.createL3Network(request) }
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
            var type: String?
            var l2NetworkUuid: String?
            var ipVersion: CreateL3NetworkIpVersion?
            var system: Bool?
            var dnsDomain: String?
            var resourceUuid: String?
            var systemTags: [String]?
            var userTags: [String]?
            var category: CreateL3NetworkCategory?
            var tagUuids: [String]?
            var enableIPAM: Bool?

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case type = "type"
                case l2NetworkUuid = "l2NetworkUuid"
                case ipVersion = "ipVersion"
                case system = "system"
                case dnsDomain = "dnsDomain"
                case resourceUuid = "resourceUuid"
                case systemTags = "systemTags"
                case userTags = "userTags"
                case category = "category"
                case tagUuids = "tagUuids"
                case enableIPAM = "enableIPAM"
            }
        }
    }
}
