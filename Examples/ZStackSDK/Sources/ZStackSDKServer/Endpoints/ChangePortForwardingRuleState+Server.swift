import ZStackSDK

/// The server side of ``ChangePortForwardingRuleState``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/port-forwarding/{uuid}/actions`, asynchronous.
nonisolated enum ChangePortForwardingRuleStateServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: ChangePortForwardingRuleState.operation,
            bodyWrapper: "changePortForwardingRuleState"
        ) { call in
            let body = try call.decodeBody(Body.self)
            let request = ChangePortForwardingRuleState.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                stateEvent: try call.required(
                    body.wrapped?.stateEvent,
                    .bodyField("changePortForwardingRuleState.stateEvent")
                ),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.changePortForwardingRuleState(request) }
        }
    }

    /// The JSON body of a request: `{"changePortForwardingRuleState": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "changePortForwardingRuleState"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var stateEvent: ChangePortForwardingRuleStateStateEvent?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case stateEvent = "stateEvent"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
