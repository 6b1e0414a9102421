import ZStackSDK

/// The server side of ``ChangeSecurityGroupRuleState``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/security-groups/{securityGroupUuid}/rules/state/actions`, asynchronous.
nonisolated enum ChangeSecurityGroupRuleStateServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: ChangeSecurityGroupRuleState.operation,
            bodyWrapper: "changeSecurityGroupRuleState"
        ) { call in
            let request = try call.decodeBody(wrapper: "changeSecurityGroupRuleState") { body in
                let ruleUuids = try body.wrappedField([String].self, "ruleUuids")
                let state = try body.wrappedField(ChangeSecurityGroupRuleStateState.self, "state")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return ChangeSecurityGroupRuleState.Request(
                    securityGroupUuid: try call.pathParameter("securityGroupUuid", as: String.self),
                    ruleUuids: try call.required(ruleUuids, .bodyField("changeSecurityGroupRuleState.ruleUuids")),
                    state: try call.required(state, .bodyField("changeSecurityGroupRuleState.state")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.changeSecurityGroupRuleState(request) }
        }
    }
}
