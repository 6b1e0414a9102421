import ZStackSDK

/// The server side of ``AddSecurityGroupRule``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/security-groups/{securityGroupUuid}/rules`, asynchronous.
nonisolated enum AddSecurityGroupRuleServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddSecurityGroupRule.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let rules = try body.wrappedField([ZStackJSONValue].self, "rules")
                let remoteSecurityGroupUuids = try body.wrappedField([String].self, "remoteSecurityGroupUuids")
                let priority = try body.wrappedField(Int.self, "priority")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return AddSecurityGroupRule.Request(
                    securityGroupUuid: try call.pathParameter("securityGroupUuid", as: String.self),
                    rules: try call.required(rules, .bodyField("params.rules")),
                    remoteSecurityGroupUuids: remoteSecurityGroupUuids,
                    priority: priority,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.addSecurityGroupRule(request) }
        }
    }
}
