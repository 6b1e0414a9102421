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
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "updateSecurityGroupRulePriority")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let type: UpdateSecurityGroupRulePriorityTypeValue?
            let rules: [ZStackJSONValue]?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.type = try object.optionalValue(UpdateSecurityGroupRulePriorityTypeValue.self, forKey: "type")
                self.rules = try object.optionalValue([ZStackJSONValue].self, forKey: "rules")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
