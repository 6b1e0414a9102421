import ZStackSDK

/// The server side of ``AddSecurityGroupRule``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/security-groups/{securityGroupUuid}/rules`, asynchronous.
nonisolated enum AddSecurityGroupRuleServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddSecurityGroupRule.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = AddSecurityGroupRule.Request(
                securityGroupUuid: try call.pathParameter("securityGroupUuid", as: String.self),
                rules: try call.required(body.wrapped?.rules, .bodyField("params.rules")),
                remoteSecurityGroupUuids: body.wrapped?.remoteSecurityGroupUuids,
                priority: body.wrapped?.priority,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.addSecurityGroupRule(request) }
        }
    }

    /// The JSON body of a request: `{"params": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "params"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var rules: [ZStackJSONValue]?
            var remoteSecurityGroupUuids: [String]?
            var priority: Int?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case rules = "rules"
                case remoteSecurityGroupUuids = "remoteSecurityGroupUuids"
                case priority = "priority"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
