import ZStackSDK

/// The server side of ``ChangeVmNicState``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-instances/nics/{vmNicUuid}/actions`, asynchronous.
nonisolated enum ChangeVmNicStateServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: ChangeVmNicState.operation, bodyWrapper: "changeVmNicState") { call in
            let request = try call.decodeBody(wrapper: "changeVmNicState") { body in
                let state = try body.wrappedField(ChangeVmNicStateState.self, "state")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return ChangeVmNicState.Request(
                    vmNicUuid: try call.pathParameter("vmNicUuid", as: String.self),
                    state: try call.required(state, .bodyField("changeVmNicState.state")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.changeVmNicState(request) }
        }
    }
}
