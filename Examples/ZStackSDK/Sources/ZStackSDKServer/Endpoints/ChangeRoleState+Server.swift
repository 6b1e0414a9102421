import ZStackSDK

/// The server side of ``ChangeRoleState``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/identities/roles/{uuid}/actions`, asynchronous.
nonisolated enum ChangeRoleStateServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: ChangeRoleState.operation, bodyWrapper: "changeRoleState") { call in
            let request = try call.decodeBody(wrapper: "changeRoleState") { body in
                let stateEvent = try body.wrappedField(ChangeRoleStateStateEvent.self, "stateEvent")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return ChangeRoleState.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    stateEvent: try call.required(stateEvent, .bodyField("changeRoleState.stateEvent")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.changeRoleState(request) }
        }
    }
}
