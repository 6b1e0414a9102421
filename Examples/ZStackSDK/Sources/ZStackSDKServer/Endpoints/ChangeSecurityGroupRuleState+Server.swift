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
            let body = try call.decodeBody(Body.self)
            let request = ChangeSecurityGroupRuleState.Request(
                securityGroupUuid: try call.pathParameter("securityGroupUuid", as: String.self),
                ruleUuids: try call.required(
                    body.wrapped?.ruleUuids,
                    .bodyField("changeSecurityGroupRuleState.ruleUuids")
                ),
                state: try call.required(body.wrapped?.state, .bodyField("changeSecurityGroupRuleState.state")),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.changeSecurityGroupRuleState(request) }
        }
    }

    /// The JSON body of a request: `{"changeSecurityGroupRuleState": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "changeSecurityGroupRuleState"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var ruleUuids: [String]?
            var state: ChangeSecurityGroupRuleStateState?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case ruleUuids = "ruleUuids"
                case state = "state"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
