import ZStackSDK

/// The server side of ``ProvisionVirtualRouterConfig``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-instances/appliances/virtual-routers/{vmInstanceUuid}/provision`, asynchronous.
nonisolated enum ProvisionVirtualRouterConfigServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: ProvisionVirtualRouterConfig.operation,
            bodyWrapper: "provisionVirtualRouterConfig"
        ) { call in
            let request = try call.decodeBody(wrapper: "provisionVirtualRouterConfig") { body in
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return ProvisionVirtualRouterConfig.Request(
                    vmInstanceUuid: try call.pathParameter("vmInstanceUuid", as: String.self),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.provisionVirtualRouterConfig(request) }
        }
    }
}
