import ZStackSDK

/// The server side of ``AddBackendServerToServerGroup``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/load-balancers/servergroups/{serverGroupUuid}/backendservers`, asynchronous.
nonisolated enum AddBackendServerToServerGroupServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddBackendServerToServerGroup.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = AddBackendServerToServerGroup.Request(
                serverGroupUuid: try call.pathParameter("serverGroupUuid", as: String.self),
                vmNics: body.wrapped?.vmNics,
                servers: body.wrapped?.servers,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.addBackendServerToServerGroup(request) }
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
