import ZStackSDK

/// The server side of ``AddAccessControlListToLoadBalancer``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/load-balancers/listeners/{listenerUuid}/access-control-lists`, asynchronous.
nonisolated enum AddAccessControlListToLoadBalancerServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddAccessControlListToLoadBalancer.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = AddAccessControlListToLoadBalancer.Request(
                listenerUuid: try call.pathParameter("listenerUuid", as: String.self),
                aclUuids: try call.required(body.wrapped?.aclUuids, .bodyField("params.aclUuids")),
                aclType: try call.required(body.wrapped?.aclType, .bodyField("params.aclType")),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                serverGroupUuids: body.wrapped?.serverGroupUuids
            )
            return { try await handler.addAccessControlListToLoadBalancer(request) }
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
            var aclUuids: [String]?
            var aclType: AddAccessControlListToLoadBalancerAclType?
            var systemTags: [String]?
            var userTags: [String]?
            var serverGroupUuids: [String]?

            private enum CodingKeys: String, CodingKey {
                case aclUuids = "aclUuids"
                case aclType = "aclType"
                case systemTags = "systemTags"
                case userTags = "userTags"
                case serverGroupUuids = "serverGroupUuids"
            }
        }
    }
}
