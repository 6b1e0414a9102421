import ZStackSDK

/// The server side of ``ChangeSecurityGroupRule``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/security-groups/rules/{uuid}/actions`, asynchronous.
nonisolated enum ChangeSecurityGroupRuleServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: ChangeSecurityGroupRule.operation,
            bodyWrapper: "changeSecurityGroupRule"
        ) { call in
            let request = try call.decodeBody(wrapper: "changeSecurityGroupRule") { body in
                let description = try body.wrappedField(String.self, "description")
                let remoteSecurityGroupUuid = try body.wrappedField(String.self, "remoteSecurityGroupUuid")
                let action = try body.wrappedField(ChangeSecurityGroupRuleAction.self, "action")
                let state = try body.wrappedField(ChangeSecurityGroupRuleStateValue.self, "state")
                let priority = try body.wrappedField(Int.self, "priority")
                let `protocol` = try body.wrappedField(ChangeSecurityGroupRuleProtocolValue.self, "protocol")
                let srcIpRange = try body.wrappedField(String.self, "srcIpRange")
                let dstIpRange = try body.wrappedField(String.self, "dstIpRange")
                let dstPortRange = try body.wrappedField(String.self, "dstPortRange")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return ChangeSecurityGroupRule.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    description: description,
                    remoteSecurityGroupUuid: remoteSecurityGroupUuid,
                    action: action,
                    state: state,
                    priority: priority,
                    protocol: `protocol`,
                    srcIpRange: srcIpRange,
                    dstIpRange: dstIpRange,
                    dstPortRange: dstPortRange,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.changeSecurityGroupRule(request) }
        }
    }
}
