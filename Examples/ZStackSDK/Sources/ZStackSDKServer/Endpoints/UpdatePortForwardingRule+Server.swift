import ZStackSDK

/// The server side of ``UpdatePortForwardingRule``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/port-forwarding/{uuid}/actions`, asynchronous.
nonisolated enum UpdatePortForwardingRuleServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: UpdatePortForwardingRule.operation,
            bodyWrapper: "updatePortForwardingRule"
        ) { call in
            let request = try call.decodeBody(wrapper: "updatePortForwardingRule") { body in
                let name = try body.wrappedField(String.self, "name")
                let description = try body.wrappedField(String.self, "description")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return UpdatePortForwardingRule.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    name: name,
                    description: description,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.updatePortForwardingRule(request) }
        }
    }
}
