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
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "params")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let rules: [ZStackJSONValue]?
            let remoteSecurityGroupUuids: [String]?
            let priority: Int?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.rules = try object.optionalValue([ZStackJSONValue].self, forKey: "rules")
                self.remoteSecurityGroupUuids = try object.optionalValue(
                    [String].self,
                    forKey: "remoteSecurityGroupUuids"
                )
                self.priority = try object.optionalValue(Int.self, forKey: "priority")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
