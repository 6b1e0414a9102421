import ZStackSDK

/// The server side of ``ChangeInstanceOfferingState``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/instance-offerings/{uuid}/actions`, asynchronous.
nonisolated enum ChangeInstanceOfferingStateServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: ChangeInstanceOfferingState.operation,
            bodyWrapper: "changeInstanceOfferingState"
        ) { call in
            let request = try call.decodeBody(wrapper: "changeInstanceOfferingState") { body in
                let stateEvent = try body.wrappedField(ChangeInstanceOfferingStateStateEvent.self, "stateEvent")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return ChangeInstanceOfferingState.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    stateEvent: try call.required(stateEvent, .bodyField("changeInstanceOfferingState.stateEvent")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.changeInstanceOfferingState(request) }
        }
    }
}
