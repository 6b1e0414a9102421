import ZStackSDK

/// The server side of ``ChangeZoneState``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/zones/{uuid}/actions`, asynchronous.
nonisolated enum ChangeZoneStateServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: ChangeZoneState.operation, bodyWrapper: "changeZoneState") { call in
            let request = try call.decodeBody(wrapper: "changeZoneState") { body in
                let stateEvent = try body.wrappedField(ChangeZoneStateStateEvent.self, "stateEvent")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return ChangeZoneState.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    stateEvent: try call.required(stateEvent, .bodyField("changeZoneState.stateEvent")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.changeZoneState(request) }
        }
    }
}
