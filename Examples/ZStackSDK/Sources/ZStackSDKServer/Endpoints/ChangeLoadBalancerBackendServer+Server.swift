import ZStackSDK

/// The server side of ``ChangeLoadBalancerBackendServer``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/load-balancers/servergroups/{serverGroupUuid}/backendserver/actions`, asynchronous.
nonisolated enum ChangeLoadBalancerBackendServerServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: ChangeLoadBalancerBackendServer.operation,
            bodyWrapper: "changeLoadBalancerBackendServer"
        ) { call in
            let body = try call.decodeBody(Body.self)
            let request = ChangeLoadBalancerBackendServer.Request(
                serverGroupUuid: try call.pathParameter("serverGroupUuid", as: String.self),
                vmNics: body.wrapped?.vmNics,
                servers: body.wrapped?.servers,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.changeLoadBalancerBackendServer(request) }
        }
    }

    /// The JSON body of a request: `{"changeLoadBalancerBackendServer": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "changeLoadBalancerBackendServer"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var vmNics: [[String: String]]?
            var servers: [[String: String]]?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case vmNics = "vmNics"
                case servers = "servers"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
