import ZStackSDK

/// The server side of ``ChangeL3NetworkState``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/l3-networks/{uuid}/actions`, asynchronous.
nonisolated enum ChangeL3NetworkStateServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: ChangeL3NetworkState.operation, bodyWrapper: "changeL3NetworkState") { call in
            let request = try call.decodeBody(wrapper: "changeL3NetworkState") { body in
                let stateEvent = try body.wrappedField(ChangeL3NetworkStateStateEvent.self, "stateEvent")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return ChangeL3NetworkState.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    stateEvent: try call.required(stateEvent, .bodyField("changeL3NetworkState.stateEvent")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.changeL3NetworkState(request) }
        }
    }
}
