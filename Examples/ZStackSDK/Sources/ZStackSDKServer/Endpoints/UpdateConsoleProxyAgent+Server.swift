import ZStackSDK

/// The server side of ``UpdateConsoleProxyAgent``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/consoles/agents/{uuid}/actions`, asynchronous.
nonisolated enum UpdateConsoleProxyAgentServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: UpdateConsoleProxyAgent.operation,
            bodyWrapper: "updateConsoleProxyAgent"
        ) { call in
            let body = try call.decodeBody(Body.self)
            let request = UpdateConsoleProxyAgent.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                consoleProxyOverriddenIp: try call.required(
                    body.wrapped?.consoleProxyOverriddenIp,
                    .bodyField("updateConsoleProxyAgent.consoleProxyOverriddenIp")
                ),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                consoleProxyPort: body.wrapped?.consoleProxyPort
            )
            return { try await handler.updateConsoleProxyAgent(request) }
        }
    }

    /// The JSON body of a request: `{"updateConsoleProxyAgent": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "updateConsoleProxyAgent"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var consoleProxyOverriddenIp: String?
            var systemTags: [String]?
            var userTags: [String]?
            var consoleProxyPort: Int?

            private enum CodingKeys: String, CodingKey {
                case consoleProxyOverriddenIp = "consoleProxyOverriddenIp"
                case systemTags = "systemTags"
                case userTags = "userTags"
                case consoleProxyPort = "consoleProxyPort"
            }
        }
    }
}
