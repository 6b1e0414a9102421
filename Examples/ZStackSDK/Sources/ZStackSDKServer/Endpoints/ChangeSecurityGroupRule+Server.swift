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
            let body = try call.decodeBody(Body.self)
            let request = ChangeSecurityGroupRule.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                description: body.wrapped?.description,
                remoteSecurityGroupUuid: body.wrapped?.remoteSecurityGroupUuid,
                action: body.wrapped?.action,
                state: body.wrapped?.state,
                priority: body.wrapped?.priority,
                protocol: body.wrapped?.protocol,
                srcIpRange: body.wrapped?.srcIpRange,
                dstIpRange: body.wrapped?.dstIpRange,
                dstPortRange: body.wrapped?.dstPortRange,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.changeSecurityGroupRule(request) }
        }
    }

    /// The JSON body of a request: `{"changeSecurityGroupRule": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "changeSecurityGroupRule"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var description: String?
            var remoteSecurityGroupUuid: String?
            var action: ChangeSecurityGroupRuleAction?
            var state: ChangeSecurityGroupRuleStateValue?
            var priority: Int?
            var `protocol`: ChangeSecurityGroupRuleProtocolValue?
            var srcIpRange: String?
            var dstIpRange: String?
            var dstPortRange: String?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case description = "description"
                case remoteSecurityGroupUuid = "remoteSecurityGroupUuid"
                case action = "action"
                case state = "state"
                case priority = "priority"
                case `protocol` = "protocol"
                case srcIpRange = "srcIpRange"
                case dstIpRange = "dstIpRange"
                case dstPortRange = "dstPortRange"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
