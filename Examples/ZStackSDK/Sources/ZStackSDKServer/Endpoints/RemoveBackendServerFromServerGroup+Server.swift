import ZStackSDK

/// The server side of ``RemoveBackendServerFromServerGroup``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/load-balancers/servergroups/{serverGroupUuid}/backendservers/actions`, asynchronous.
nonisolated enum RemoveBackendServerFromServerGroupServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: RemoveBackendServerFromServerGroup.operation,
            bodyWrapper: "removeBackendServerFromServerGroup"
        ) { call in
            let body = try call.decodeBody(Body.self)
            let request = RemoveBackendServerFromServerGroup.Request(
                serverGroupUuid: try call.pathParameter("serverGroupUuid", as: String.self),
                vmNicUuids: body.wrapped?.vmNicUuids,
                serverIps: body.wrapped?.serverIps,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.removeBackendServerFromServerGroup(request) }
        }
    }

    /// The JSON body of a request: `{"removeBackendServerFromServerGroup": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "removeBackendServerFromServerGroup"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var vmNicUuids: [String]?
            var serverIps: [String]?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case vmNicUuids = "vmNicUuids"
                case serverIps = "serverIps"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
