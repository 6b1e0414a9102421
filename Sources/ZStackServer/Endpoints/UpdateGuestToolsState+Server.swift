import ZStackClient

/// The server side of ``UpdateGuestToolsState``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-instances/{vmInstanceUuid}/guesttools-state`, synchronous.
nonisolated enum UpdateGuestToolsStateServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateGuestToolsState.operation, bodyWrapper: nil) { call in
            let request = try call.decodeBody { body in
                let systemTags = try body.field([String].self, "systemTags")
                let userTags = try body.field([String].self, "userTags")
                return UpdateGuestToolsState.Request(
                    vmInstanceUuid: try call.pathParameter("vmInstanceUuid", as: String.self),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.updateGuestToolsState(request) }
        }
    }
}
