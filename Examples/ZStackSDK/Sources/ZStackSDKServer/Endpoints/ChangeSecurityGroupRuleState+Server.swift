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
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "changeSecurityGroupRuleState")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let ruleUuids: [String]?
            let state: ChangeSecurityGroupRuleStateState?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.ruleUuids = try object.optionalValue([String].self, forKey: "ruleUuids")
                self.state = try object.optionalValue(ChangeSecurityGroupRuleStateState.self, forKey: "state")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
