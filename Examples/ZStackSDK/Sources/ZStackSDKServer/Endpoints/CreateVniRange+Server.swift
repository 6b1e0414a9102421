import ZStackSDK

/// The server side of ``CreateVniRange``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/l2-networks/vxlan-pool/{l2NetworkUuid}/vni-ranges`, asynchronous.
nonisolated enum CreateVniRangeServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateVniRange.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = CreateVniRange.Request(
                l2NetworkUuid: try call.pathParameter("l2NetworkUuid", as: String.self),
                name: try call.required(body.wrapped?.name, .bodyField("params.name")),
                startVni: try call.required(body.wrapped?.startVni, .bodyField("params.startVni")),
                endVni: try call.required(body.wrapped?.endVni, .bodyField("params.endVni")),
                description: body.wrapped?.description,
                resourceUuid: body.wrapped?.resourceUuid,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                tagUuids: body.wrapped?.tagUuids
            )
            return { try await handler.createVniRange(request) }
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
            var startVni: Int?
            var endVni: Int?
            var resourceUuid: String?
            var systemTags: [String]?
            var userTags: [String]?
            var tagUuids: [String]?

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case startVni = "startVni"
                case endVni = "endVni"
                case resourceUuid = "resourceUuid"
                case systemTags = "systemTags"
                case userTags = "userTags"
                case tagUuids = "tagUuids"
            }
        }
    }
}
