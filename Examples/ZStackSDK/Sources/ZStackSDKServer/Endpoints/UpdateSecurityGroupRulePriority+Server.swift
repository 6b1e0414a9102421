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
            let body = try call.decodeBody(Body.self)
            let request = UpdateSecurityGroupRulePriority.Request(
                securityGroupUuid: try call.pathParameter("securityGroupUuid", as: String.self),
                type: try call.required(body.wrapped?.type, .bodyField("updateSecurityGroupRulePriority.type")),
                rules: try call.required(body.wrapped?.rules, .bodyField("updateSecurityGroupRulePriority.rules")),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.updateSecurityGroupRulePriority(request) }
        }
    }

    /// The JSON body of a request: `{"updateSecurityGroupRulePriority": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "updateSecurityGroupRulePriority"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var type: UpdateSecurityGroupRulePriorityTypeValue?
            var rules: [ZStackJSONValue]?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case type = "type"
                case rules = "rules"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
