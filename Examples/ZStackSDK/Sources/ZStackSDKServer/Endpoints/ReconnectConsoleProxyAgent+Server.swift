import ZStackSDK

/// The server side of ``ReconnectConsoleProxyAgent``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/consoles/agents`, asynchronous.
nonisolated enum ReconnectConsoleProxyAgentServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: ReconnectConsoleProxyAgent.operation,
            bodyWrapper: "reconnectConsoleProxyAgent"
        ) { call in
            let body = try call.decodeBody(Body.self)
            let request = ReconnectConsoleProxyAgent.Request(
                agentUuids: body.wrapped?.agentUuids,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.reconnectConsoleProxyAgent(request) }
        }
    }

    /// The JSON body of a request: `{"reconnectConsoleProxyAgent": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "reconnectConsoleProxyAgent"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var agentUuids: [String]?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case agentUuids = "agentUuids"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
