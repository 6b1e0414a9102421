import ZStackSDK

/// The server side of ``AddAccessControlListRedirectRule``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/access-control-lists/{aclUuid}/redirectRules`, asynchronous.
nonisolated enum AddAccessControlListRedirectRuleServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddAccessControlListRedirectRule.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let name = try body.wrappedField(String.self, "name")
                let description = try body.wrappedField(String.self, "description")
                let domain = try body.wrappedField(String.self, "domain")
                let url = try body.wrappedField(String.self, "url")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return AddAccessControlListRedirectRule.Request(
                    aclUuid: try call.pathParameter("aclUuid", as: String.self),
                    name: name,
                    description: description,
                    domain: domain,
                    url: url,
                    resourceUuid: resourceUuid,
                    tagUuids: tagUuids,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.addAccessControlListRedirectRule(request) }
        }
    }
}
