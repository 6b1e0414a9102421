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
            let request = try call.decodeBody(wrapper: "updateConsoleProxyAgent") { body in
                let consoleProxyOverriddenIp = try body.wrappedField(String.self, "consoleProxyOverriddenIp")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let consoleProxyPort = try body.wrappedField(Int.self, "consoleProxyPort")
                return UpdateConsoleProxyAgent.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    consoleProxyOverriddenIp: try call.required(
                        consoleProxyOverriddenIp,
                        .bodyField("updateConsoleProxyAgent.consoleProxyOverriddenIp")
                    ),
                    systemTags: systemTags,
                    userTags: userTags,
                    consoleProxyPort: consoleProxyPort
                )
            }
            return { try await handler.updateConsoleProxyAgent(request) }
        }
    }
}
