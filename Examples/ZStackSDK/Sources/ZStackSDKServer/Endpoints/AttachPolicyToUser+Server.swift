import ZStackSDK

/// The server side of ``AttachPolicyToUser``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/accounts/users/{userUuid}/policies`, asynchronous.
nonisolated enum AttachPolicyToUserServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AttachPolicyToUser.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let policyUuid = try body.wrappedField(String.self, "policyUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return AttachPolicyToUser.Request(
                    userUuid: try call.pathParameter("userUuid", as: String.self),
                    policyUuid: try call.required(policyUuid, .bodyField("params.policyUuid")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.attachPolicyToUser(request) }
        }
    }
}
