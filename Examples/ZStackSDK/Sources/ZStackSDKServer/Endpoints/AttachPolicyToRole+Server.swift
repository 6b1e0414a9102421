import ZStackSDK

/// The server side of ``AttachPolicyToRole``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/identities/policies/{policyUuid}/roles/{roleUuid}`, asynchronous.
nonisolated enum AttachPolicyToRoleServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AttachPolicyToRole.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return AttachPolicyToRole.Request(
                    roleUuid: try call.pathParameter("roleUuid", as: String.self),
                    policyUuid: try call.pathParameter("policyUuid", as: String.self),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.attachPolicyToRole(request) }
        }
    }
}
