import ZStackSDK

/// The server side of ``ChangeDiskOfferingState``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/disk-offerings/{uuid}/actions`, asynchronous.
nonisolated enum ChangeDiskOfferingStateServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: ChangeDiskOfferingState.operation,
            bodyWrapper: "changeDiskOfferingState"
        ) { call in
            let request = try call.decodeBody(wrapper: "changeDiskOfferingState") { body in
                let stateEvent = try body.wrappedField(ChangeDiskOfferingStateStateEvent.self, "stateEvent")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return ChangeDiskOfferingState.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    stateEvent: try call.required(stateEvent, .bodyField("changeDiskOfferingState.stateEvent")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.changeDiskOfferingState(request) }
        }
    }
}
