import ZStackSDK

/// The server side of ``DetachPolicyFromUser``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/accounts/users/{userUuid}/policies/{policyUuid}`, asynchronous.
nonisolated enum DetachPolicyFromUserServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DetachPolicyFromUser.operation, bodyWrapper: nil) { call in
            let request = DetachPolicyFromUser.Request(
                policyUuid: try call.pathParameter("policyUuid", as: String.self),
                userUuid: try call.pathParameter("userUuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.detachPolicyFromUser(request) }
        }
    }
}
