import ZStackSDK

/// The server side of ``CreateLoadBalancer``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/load-balancers`, asynchronous.
nonisolated enum CreateLoadBalancerServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateLoadBalancer.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let name = try body.wrappedField(String.self, "name")
                let description = try body.wrappedField(String.self, "description")
                let vipUuid = try body.wrappedField(String.self, "vipUuid")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let type = try body.wrappedField(String.self, "type")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                let vip6Uuid = try body.wrappedField(String.self, "vip6Uuid")
                return CreateLoadBalancer.Request(
                    name: try call.required(name, .bodyField("params.name")),
                    description: description,
                    vipUuid: vipUuid,
                    resourceUuid: resourceUuid,
                    systemTags: systemTags,
                    userTags: userTags,
                    type: type,
                    tagUuids: tagUuids,
                    vip6Uuid: vip6Uuid
                )
            }
            return { try await handler.createLoadBalancer(request) }
        }
    }
}
