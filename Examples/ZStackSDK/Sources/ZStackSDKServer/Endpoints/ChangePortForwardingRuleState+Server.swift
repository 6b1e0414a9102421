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
            let request = try call.decodeBody(wrapper: "changePortForwardingRuleState") { body in
                let stateEvent = try body.wrappedField(ChangePortForwardingRuleStateStateEvent.self, "stateEvent")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return ChangePortForwardingRuleState.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    stateEvent: try call.required(stateEvent, .bodyField("changePortForwardingRuleState.stateEvent")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.changePortForwardingRuleState(request) }
        }
    }
}
