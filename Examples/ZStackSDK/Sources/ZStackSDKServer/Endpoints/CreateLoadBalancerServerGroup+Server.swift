import ZStackSDK

/// The server side of ``CreateLoadBalancerServerGroup``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/load-balancers/{loadBalancerUuid}/servergroups`, asynchronous.
nonisolated enum CreateLoadBalancerServerGroupServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateLoadBalancerServerGroup.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let name = try body.wrappedField(String.self, "name")
                let description = try body.wrappedField(String.self, "description")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let ipVersion = try body.wrappedField(Int.self, "ipVersion")
                return CreateLoadBalancerServerGroup.Request(
                    loadBalancerUuid: try call.pathParameter("loadBalancerUuid", as: String.self),
                    name: try call.required(name, .bodyField("params.name")),
                    description: description,
                    resourceUuid: resourceUuid,
                    tagUuids: tagUuids,
                    systemTags: systemTags,
                    userTags: userTags,
                    ipVersion: ipVersion
                )
            }
            return { try await handler.createLoadBalancerServerGroup(request) }
        }
    }
}
