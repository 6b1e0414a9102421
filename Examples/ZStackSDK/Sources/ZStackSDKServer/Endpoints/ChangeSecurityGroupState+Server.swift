import ZStackSDK

/// The server side of ``ChangeSecurityGroupState``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/security-groups/{uuid}/actions`, asynchronous.
nonisolated enum ChangeSecurityGroupStateServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: ChangeSecurityGroupState.operation,
            bodyWrapper: "changeSecurityGroupState"
        ) { call in
            let request = try call.decodeBody(wrapper: "changeSecurityGroupState") { body in
                let stateEvent = try body.wrappedField(ChangeSecurityGroupStateStateEvent.self, "stateEvent")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return ChangeSecurityGroupState.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    stateEvent: try call.required(stateEvent, .bodyField("changeSecurityGroupState.stateEvent")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.changeSecurityGroupState(request) }
        }
    }
}
