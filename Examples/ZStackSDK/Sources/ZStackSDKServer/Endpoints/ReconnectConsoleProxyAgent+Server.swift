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
            let request = try call.decodeBody(wrapper: "reconnectConsoleProxyAgent") { body in
                let agentUuids = try body.wrappedField([String].self, "agentUuids")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return ReconnectConsoleProxyAgent.Request(
                    agentUuids: agentUuids,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.reconnectConsoleProxyAgent(request) }
        }
    }
}
