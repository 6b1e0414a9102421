import ZStackSDK

/// The server side of ``ChangePrimaryStorageState``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/primary-storage/{uuid}/actions`, asynchronous.
nonisolated enum ChangePrimaryStorageStateServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: ChangePrimaryStorageState.operation,
            bodyWrapper: "changePrimaryStorageState"
        ) { call in
            let request = try call.decodeBody(wrapper: "changePrimaryStorageState") { body in
                let stateEvent = try body.wrappedField(ChangePrimaryStorageStateStateEvent.self, "stateEvent")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return ChangePrimaryStorageState.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    stateEvent: try call.required(stateEvent, .bodyField("changePrimaryStorageState.stateEvent")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.changePrimaryStorageState(request) }
        }
    }
}
