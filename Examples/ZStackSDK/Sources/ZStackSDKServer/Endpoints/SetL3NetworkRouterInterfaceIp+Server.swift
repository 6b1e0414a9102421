import ZStackSDK

/// The server side of ``SetL3NetworkRouterInterfaceIp``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/l3-networks/{l3NetworkUuid}/router-interface-ip`, asynchronous.
nonisolated enum SetL3NetworkRouterInterfaceIpServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: SetL3NetworkRouterInterfaceIp.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let routerInterfaceIp = try body.wrappedField(String.self, "routerInterfaceIp")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return SetL3NetworkRouterInterfaceIp.Request(
                    l3NetworkUuid: try call.pathParameter("l3NetworkUuid", as: String.self),
                    routerInterfaceIp: try call.required(routerInterfaceIp, .bodyField("params.routerInterfaceIp")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.setL3NetworkRouterInterfaceIp(request) }
        }
    }
}
