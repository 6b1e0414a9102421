import ZStackSDK

/// The server side of ``ValidateSecurityGroupRule``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/security-groups/{securityGroupUuid}/rules/validation`, synchronous.
nonisolated enum ValidateSecurityGroupRuleServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: ValidateSecurityGroupRule.operation, bodyWrapper: nil) { call in
            let request = ValidateSecurityGroupRule.Request(
                securityGroupUuid: try call.pathParameter("securityGroupUuid", as: String.self),
                type: try call.required(
                    try call.queryParameter("type", as: ValidateSecurityGroupRuleTypeValue.self),
                    .queryParameter("type")
                ),
                protocol: try call.required(
                    try call.queryParameter("protocol", as: ValidateSecurityGroupRuleProtocolValue.self),
                    .queryParameter("protocol")
                ),
                remoteSecurityGroupUuid: try call.queryParameter("remoteSecurityGroupUuid", as: String.self),
                ipVersion: try call.queryParameter("ipVersion", as: ValidateSecurityGroupRuleIpVersion.self),
                srcIpRange: try call.queryParameter("srcIpRange", as: String.self),
                dstIpRange: try call.queryParameter("dstIpRange", as: String.self),
                dstPortRange: try call.queryParameter("dstPortRange", as: String.self),
                action: try call.queryParameter("action", as: ValidateSecurityGroupRuleAction.self),
                startPort: try call.queryParameter("startPort", as: Int.self),
                endPort: try call.queryParameter("endPort", as: Int.self),
                allowedCidr: try call.queryParameter("allowedCidr", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.validateSecurityGroupRule(request) }
        }
    }
}
