import ZStackSDK

/// The server side of ``AddAccessControlListToLoadBalancer``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/load-balancers/listeners/{listenerUuid}/access-control-lists`, asynchronous.
nonisolated enum AddAccessControlListToLoadBalancerServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddAccessControlListToLoadBalancer.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let aclUuids = try body.wrappedField([String].self, "aclUuids")
                let aclType = try body.wrappedField(AddAccessControlListToLoadBalancerAclType.self, "aclType")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let serverGroupUuids = try body.wrappedField([String].self, "serverGroupUuids")
                return AddAccessControlListToLoadBalancer.Request(
                    listenerUuid: try call.pathParameter("listenerUuid", as: String.self),
                    aclUuids: try call.required(aclUuids, .bodyField("params.aclUuids")),
                    aclType: try call.required(aclType, .bodyField("params.aclType")),
                    systemTags: systemTags,
                    userTags: userTags,
                    serverGroupUuids: serverGroupUuids
                )
            }
            return { try await handler.addAccessControlListToLoadBalancer(request) }
        }
    }
}
