import ZStackSDK

/// The server side of ``ChangeHostState``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/hosts/{uuid}/actions`, asynchronous.
nonisolated enum ChangeHostStateServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: ChangeHostState.operation, bodyWrapper: "changeHostState") { call in
            let request = try call.decodeBody(wrapper: "changeHostState") { body in
                let stateEvent = try body.wrappedField(ChangeHostStateStateEvent.self, "stateEvent")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return ChangeHostState.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    stateEvent: try call.required(stateEvent, .bodyField("changeHostState.stateEvent")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.changeHostState(request) }
        }
    }
}
