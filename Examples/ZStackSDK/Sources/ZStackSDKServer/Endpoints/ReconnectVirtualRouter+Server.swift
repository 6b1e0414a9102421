import ZStackSDK

/// The server side of ``ReconnectVirtualRouter``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-instances/appliances/virtual-routers/{vmInstanceUuid}/actions`, asynchronous.
nonisolated enum ReconnectVirtualRouterServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: ReconnectVirtualRouter.operation,
            bodyWrapper: "reconnectVirtualRouter"
        ) { call in
            let request = try call.decodeBody(wrapper: "reconnectVirtualRouter") { body in
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return ReconnectVirtualRouter.Request(
                    vmInstanceUuid: try call.pathParameter("vmInstanceUuid", as: String.self),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.reconnectVirtualRouter(request) }
        }
    }
}
