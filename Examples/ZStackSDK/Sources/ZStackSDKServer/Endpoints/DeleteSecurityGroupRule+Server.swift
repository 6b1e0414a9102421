import ZStackSDK

/// The server side of ``DeleteSecurityGroupRule``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/security-groups/rules`, asynchronous.
nonisolated enum DeleteSecurityGroupRuleServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DeleteSecurityGroupRule.operation, bodyWrapper: nil) { call in
            let request = DeleteSecurityGroupRule.Request(
                ruleUuids: try call.required(
                    try call.queryParameters("ruleUuids", as: String.self),
                    .queryParameter("ruleUuids")
                ),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.deleteSecurityGroupRule(request) }
        }
    }
}
