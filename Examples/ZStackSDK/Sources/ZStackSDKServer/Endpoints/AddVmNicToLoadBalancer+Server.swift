import ZStackSDK

/// The server side of ``AddVmNicToLoadBalancer``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/load-balancers/listeners/{listenerUuid}/vm-instances/nics`, asynchronous.
nonisolated enum AddVmNicToLoadBalancerServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddVmNicToLoadBalancer.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let vmNicUuids = try body.wrappedField([String].self, "vmNicUuids")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return AddVmNicToLoadBalancer.Request(
                    listenerUuid: try call.pathParameter("listenerUuid", as: String.self),
                    vmNicUuids: try call.required(vmNicUuids, .bodyField("params.vmNicUuids")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.addVmNicToLoadBalancer(request) }
        }
    }
}
