import ZStackSDK

/// The server side of ``ChangeClusterState``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/clusters/{uuid}/actions`, asynchronous.
nonisolated enum ChangeClusterStateServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: ChangeClusterState.operation, bodyWrapper: "changeClusterState") { call in
            let request = try call.decodeBody(wrapper: "changeClusterState") { body in
                let stateEvent = try body.wrappedField(ChangeClusterStateStateEvent.self, "stateEvent")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return ChangeClusterState.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    stateEvent: try call.required(stateEvent, .bodyField("changeClusterState.stateEvent")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.changeClusterState(request) }
        }
    }
}
