import ZStackSDK

/// The server side of ``CreateLoadBalancer``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/load-balancers`, asynchronous.
nonisolated enum CreateLoadBalancerServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateLoadBalancer.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = CreateLoadBalancer.Request(
                name: try call.required(body.wrapped?.name, .bodyField("params.name")),
                description: body.wrapped?.description,
                vipUuid: body.wrapped?.vipUuid,
                resourceUuid: body.wrapped?.resourceUuid,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                type: body.wrapped?.type,
                tagUuids: body.wrapped?.tagUuids,
                vip6Uuid: body.wrapped?.vip6Uuid
            )
            return { try await handler.createLoadBalancer(request) }
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
            var vipUuid: String?
            var resourceUuid: String?
            var systemTags: [String]?
            var userTags: [String]?
            var type: String?
            var tagUuids: [String]?
            var vip6Uuid: String?

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case vipUuid = "vipUuid"
                case resourceUuid = "resourceUuid"
                case systemTags = "systemTags"
                case userTags = "userTags"
                case type = "type"
                case tagUuids = "tagUuids"
                case vip6Uuid = "vip6Uuid"
            }
        }
    }
}
