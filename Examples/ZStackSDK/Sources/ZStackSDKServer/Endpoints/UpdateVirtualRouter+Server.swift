import ZStackSDK

/// The server side of ``UpdateVirtualRouter``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-instances/appliances/virtual-routers/{vmInstanceUuid}/actions`, asynchronous.
nonisolated enum UpdateVirtualRouterServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateVirtualRouter.operation, bodyWrapper: "updateVirtualRouter") { call in
            let request = try call.decodeBody(wrapper: "updateVirtualRouter") { body in
                let defaultRouteL3NetworkUuid = try body.wrappedField(String.self, "defaultRouteL3NetworkUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return UpdateVirtualRouter.Request(
                    vmInstanceUuid: try call.pathParameter("vmInstanceUuid", as: String.self),
                    defaultRouteL3NetworkUuid: defaultRouteL3NetworkUuid,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.updateVirtualRouter(request) }
        }
    }
}
