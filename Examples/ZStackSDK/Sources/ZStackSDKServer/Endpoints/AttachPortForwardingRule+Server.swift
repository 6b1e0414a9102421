import ZStackSDK

/// The server side of ``AttachPortForwardingRule``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/port-forwarding/{ruleUuid}/vm-instances/nics/{vmNicUuid}`, asynchronous.
nonisolated enum AttachPortForwardingRuleServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AttachPortForwardingRule.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return AttachPortForwardingRule.Request(
                    ruleUuid: try call.pathParameter("ruleUuid", as: String.self),
                    vmNicUuid: try call.pathParameter("vmNicUuid", as: String.self),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.attachPortForwardingRule(request) }
        }
    }
}
