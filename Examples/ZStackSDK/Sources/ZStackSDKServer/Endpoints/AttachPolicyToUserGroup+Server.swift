import ZStackSDK

/// The server side of ``AttachPolicyToUserGroup``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/accounts/groups/{groupUuid}/policies`, asynchronous.
nonisolated enum AttachPolicyToUserGroupServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AttachPolicyToUserGroup.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let policyUuid = try body.wrappedField(String.self, "policyUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return AttachPolicyToUserGroup.Request(
                    groupUuid: try call.pathParameter("groupUuid", as: String.self),
                    policyUuid: try call.required(policyUuid, .bodyField("params.policyUuid")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.attachPolicyToUserGroup(request) }
        }
    }
}
