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
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "updateConsoleProxyAgent")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let consoleProxyOverriddenIp: String?
            let systemTags: [String]?
            let userTags: [String]?
            let consoleProxyPort: Int?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.consoleProxyOverriddenIp = try object.optionalValue(
                    String.self,
                    forKey: "consoleProxyOverriddenIp"
                )
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
                self.consoleProxyPort = try object.optionalValue(Int.self, forKey: "consoleProxyPort")
            }
        }
    }
}
