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
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "reconnectConsoleProxyAgent")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let agentUuids: [String]?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.agentUuids = try object.optionalValue([String].self, forKey: "agentUuids")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
