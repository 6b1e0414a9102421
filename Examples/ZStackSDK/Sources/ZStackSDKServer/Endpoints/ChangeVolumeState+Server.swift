import ZStackSDK

/// The server side of ``ChangeVolumeState``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/volumes/{uuid}/actions`, asynchronous.
nonisolated enum ChangeVolumeStateServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: ChangeVolumeState.operation, bodyWrapper: "changeVolumeState") { call in
            let request = try call.decodeBody(wrapper: "changeVolumeState") { body in
                let stateEvent = try body.wrappedField(ChangeVolumeStateStateEvent.self, "stateEvent")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return ChangeVolumeState.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    stateEvent: try call.required(stateEvent, .bodyField("changeVolumeState.stateEvent")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.changeVolumeState(request) }
        }
    }
}
