import ZStackSDK

/// The server side of ``CreateLoadBalancerServerGroup``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/load-balancers/{loadBalancerUuid}/servergroups`, asynchronous.
nonisolated enum CreateLoadBalancerServerGroupServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateLoadBalancerServerGroup.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = CreateLoadBalancerServerGroup.Request(
                loadBalancerUuid: try call.pathParameter("loadBalancerUuid", as: String.self),
                name: try call.required(body.wrapped?.name, .bodyField("params.name")),
                description: body.wrapped?.description,
                resourceUuid: body.wrapped?.resourceUuid,
                tagUuids: body.wrapped?.tagUuids,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                ipVersion: body.wrapped?.ipVersion
            )
            return { try await handler.createLoadBalancerServerGroup(request) }
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
            var resourceUuid: String?
            var tagUuids: [String]?
            var systemTags: [String]?
            var userTags: [String]?
            var ipVersion: Int?

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case resourceUuid = "resourceUuid"
                case tagUuids = "tagUuids"
                case systemTags = "systemTags"
                case userTags = "userTags"
                case ipVersion = "ipVersion"
            }
        }
    }
}
