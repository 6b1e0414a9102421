import ZStackSDK

/// The server side of ``UpdateLoadBalancerListener``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/load-balancers/listeners/{uuid}`, asynchronous.
nonisolated enum UpdateLoadBalancerListenerServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: UpdateLoadBalancerListener.operation,
            bodyWrapper: "updateLoadBalancerListener"
        ) { call in
            let request = try call.decodeBody(wrapper: "updateLoadBalancerListener") { body in
                let name = try body.wrappedField(String.self, "name")
                let description = try body.wrappedField(String.self, "description")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return UpdateLoadBalancerListener.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    name: name,
                    description: description,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.updateLoadBalancerListener(request) }
        }
    }
}
