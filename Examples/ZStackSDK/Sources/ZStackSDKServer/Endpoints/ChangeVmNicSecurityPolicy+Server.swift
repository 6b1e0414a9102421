import ZStackSDK

/// The server side of ``ChangeVmNicSecurityPolicy``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/security-groups/nics/{vmNicUuid}/security-policy/actions`, asynchronous.
nonisolated enum ChangeVmNicSecurityPolicyServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: ChangeVmNicSecurityPolicy.operation,
            bodyWrapper: "changeVmNicSecurityPolicy"
        ) { call in
            let request = try call.decodeBody(wrapper: "changeVmNicSecurityPolicy") { body in
                let ingressPolicy = try body.wrappedField(ChangeVmNicSecurityPolicyIngressPolicy.self, "ingressPolicy")
                let egressPolicy = try body.wrappedField(ChangeVmNicSecurityPolicyEgressPolicy.self, "egressPolicy")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return ChangeVmNicSecurityPolicy.Request(
                    vmNicUuid: try call.pathParameter("vmNicUuid", as: String.self),
                    ingressPolicy: ingressPolicy,
                    egressPolicy: egressPolicy,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.changeVmNicSecurityPolicy(request) }
        }
    }
}
