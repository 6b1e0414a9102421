import ZStackSDK

/// The server side of ``UpdateLoadBalancer``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/load-balancers/{uuid}/actions`, asynchronous.
nonisolated enum UpdateLoadBalancerServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateLoadBalancer.operation, bodyWrapper: "updateLoadBalancer") { call in
            let request = try call.decodeBody(wrapper: "updateLoadBalancer") { body in
                let name = try body.wrappedField(String.self, "name")
                let description = try body.wrappedField(String.self, "description")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                return UpdateLoadBalancer.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    name: name,
                    description: description,
                    resourceUuid: resourceUuid,
                    systemTags: systemTags,
                    userTags: userTags,
                    tagUuids: tagUuids
                )
            }
            return { try await handler.updateLoadBalancer(request) }
        }
    }
}
