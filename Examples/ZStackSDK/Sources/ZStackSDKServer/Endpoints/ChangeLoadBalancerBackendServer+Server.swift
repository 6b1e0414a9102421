import ZStackSDK

/// The server side of ``ChangeLoadBalancerBackendServer``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/load-balancers/servergroups/{serverGroupUuid}/backendserver/actions`, asynchronous.
nonisolated enum ChangeLoadBalancerBackendServerServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: ChangeLoadBalancerBackendServer.operation,
            bodyWrapper: "changeLoadBalancerBackendServer"
        ) { call in
            let request = try call.decodeBody(wrapper: "changeLoadBalancerBackendServer") { body in
                let vmNics = try body.wrappedField([[String: String]].self, "vmNics")
                let servers = try body.wrappedField([[String: String]].self, "servers")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return ChangeLoadBalancerBackendServer.Request(
                    serverGroupUuid: try call.pathParameter("serverGroupUuid", as: String.self),
                    vmNics: vmNics,
                    servers: servers,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.changeLoadBalancerBackendServer(request) }
        }
    }
}
