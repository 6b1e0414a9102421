import ZStackSDK

/// The server side of ``ChangeAccessControlListRedirectRule``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/access-control-lists/redirectRules/{uuid}/actions`, asynchronous.
nonisolated enum ChangeAccessControlListRedirectRuleServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: ChangeAccessControlListRedirectRule.operation,
            bodyWrapper: "changeAccessControlListRedirectRule"
        ) { call in
            let request = try call.decodeBody(wrapper: "changeAccessControlListRedirectRule") { body in
                let name = try body.wrappedField(String.self, "name")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return ChangeAccessControlListRedirectRule.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    name: name,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.changeAccessControlListRedirectRule(request) }
        }
    }
}
