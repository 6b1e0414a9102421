import ZStackSDK

/// The server side of ``UpdateSecurityGroupRulePriority``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/security-groups/{securityGroupUuid}/rules/priority/actions`, asynchronous.
nonisolated enum UpdateSecurityGroupRulePriorityServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: UpdateSecurityGroupRulePriority.operation,
            bodyWrapper: "updateSecurityGroupRulePriority"
        ) { call in
            let request = try call.decodeBody(wrapper: "updateSecurityGroupRulePriority") { body in
                let type = try body.wrappedField(UpdateSecurityGroupRulePriorityTypeValue.self, "type")
                let rules = try body.wrappedField([ZStackJSONValue].self, "rules")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return UpdateSecurityGroupRulePriority.Request(
                    securityGroupUuid: try call.pathParameter("securityGroupUuid", as: String.self),
                    type: try call.required(type, .bodyField("updateSecurityGroupRulePriority.type")),
                    rules: try call.required(rules, .bodyField("updateSecurityGroupRulePriority.rules")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.updateSecurityGroupRulePriority(request) }
        }
    }
}
