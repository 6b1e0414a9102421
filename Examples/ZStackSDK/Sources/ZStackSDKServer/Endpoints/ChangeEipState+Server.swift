import ZStackSDK

/// The server side of ``ChangeEipState``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/eips/{uuid}/actions`, asynchronous.
nonisolated enum ChangeEipStateServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: ChangeEipState.operation, bodyWrapper: "changeEipState") { call in
            let request = try call.decodeBody(wrapper: "changeEipState") { body in
                let stateEvent = try body.wrappedField(ChangeEipStateStateEvent.self, "stateEvent")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return ChangeEipState.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    stateEvent: try call.required(stateEvent, .bodyField("changeEipState.stateEvent")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.changeEipState(request) }
        }
    }
}
