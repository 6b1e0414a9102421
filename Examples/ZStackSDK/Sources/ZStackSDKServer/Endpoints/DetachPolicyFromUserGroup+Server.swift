import ZStackSDK

/// The server side of ``DetachPolicyFromUserGroup``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/accounts/groups/{groupUuid}/policies/{policyUuid}`, asynchronous.
nonisolated enum DetachPolicyFromUserGroupServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DetachPolicyFromUserGroup.operation, bodyWrapper: nil) { call in
            let request = DetachPolicyFromUserGroup.Request(
                policyUuid: try call.pathParameter("policyUuid", as: String.self),
                groupUuid: try call.pathParameter("groupUuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.detachPolicyFromUserGroup(request) }
        }
    }
}
