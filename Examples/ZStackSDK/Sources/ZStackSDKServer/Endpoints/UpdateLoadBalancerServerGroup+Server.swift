import ZStackSDK

/// The server side of ``UpdateLoadBalancerServerGroup``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/load-balancers/servergroups/{uuid}/actions`, asynchronous.
nonisolated enum UpdateLoadBalancerServerGroupServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: UpdateLoadBalancerServerGroup.operation,
            bodyWrapper: "updateLoadBalancerServerGroup"
        ) { call in
            let request = try call.decodeBody(wrapper: "updateLoadBalancerServerGroup") { body in
                let name = try body.wrappedField(String.self, "name")
                let description = try body.wrappedField(String.self, "description")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return UpdateLoadBalancerServerGroup.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    name: name,
                    description: description,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.updateLoadBalancerServerGroup(request) }
        }
    }
}
