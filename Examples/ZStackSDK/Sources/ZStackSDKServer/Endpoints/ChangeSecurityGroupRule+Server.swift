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
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "changeSecurityGroupRule")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let description: String?
            let remoteSecurityGroupUuid: String?
            let action: ChangeSecurityGroupRuleAction?
            let state: ChangeSecurityGroupRuleStateValue?
            let priority: Int?
            let `protocol`: ChangeSecurityGroupRuleProtocolValue?
            let srcIpRange: String?
            let dstIpRange: String?
            let dstPortRange: String?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.description = try object.optionalValue(String.self, forKey: "description")
                self.remoteSecurityGroupUuid = try object.optionalValue(String.self, forKey: "remoteSecurityGroupUuid")
                self.action = try object.optionalValue(ChangeSecurityGroupRuleAction.self, forKey: "action")
                self.state = try object.optionalValue(ChangeSecurityGroupRuleStateValue.self, forKey: "state")
                self.priority = try object.optionalValue(Int.self, forKey: "priority")
                self.`protocol` = try object.optionalValue(
                    ChangeSecurityGroupRuleProtocolValue.self,
                    forKey: "protocol"
                )
                self.srcIpRange = try object.optionalValue(String.self, forKey: "srcIpRange")
                self.dstIpRange = try object.optionalValue(String.self, forKey: "dstIpRange")
                self.dstPortRange = try object.optionalValue(String.self, forKey: "dstPortRange")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
