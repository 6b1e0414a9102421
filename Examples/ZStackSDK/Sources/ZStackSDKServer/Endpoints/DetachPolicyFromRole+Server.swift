import ZStackSDK

/// The server side of ``DetachPolicyFromRole``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/identities/policies/{policyUuid}/roles/{roleUuid}`, asynchronous.
nonisolated enum DetachPolicyFromRoleServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DetachPolicyFromRole.operation, bodyWrapper: nil) { call in
            let request = DetachPolicyFromRole.Request(
                roleUuid: try call.pathParameter("roleUuid", as: String.self),
                policyUuid: try call.pathParameter("policyUuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.detachPolicyFromRole(request) }
        }
    }
}
