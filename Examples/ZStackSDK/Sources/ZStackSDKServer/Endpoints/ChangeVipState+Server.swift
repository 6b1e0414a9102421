import ZStackSDK

/// The server side of ``ChangeVipState``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vips/{uuid}/actions`, asynchronous.
nonisolated enum ChangeVipStateServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: ChangeVipState.operation, bodyWrapper: "changeVipState") { call in
            let request = try call.decodeBody(wrapper: "changeVipState") { body in
                let stateEvent = try body.wrappedField(ChangeVipStateStateEvent.self, "stateEvent")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return ChangeVipState.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    stateEvent: try call.required(stateEvent, .bodyField("changeVipState.stateEvent")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.changeVipState(request) }
        }
    }
}
