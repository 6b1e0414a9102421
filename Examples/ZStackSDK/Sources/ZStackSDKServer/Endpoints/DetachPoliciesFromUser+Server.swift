import ZStackSDK

/// The server side of ``DetachPoliciesFromUser``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/accounts/users/{userUuid}/policies`, asynchronous.
nonisolated enum DetachPoliciesFromUserServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DetachPoliciesFromUser.operation, bodyWrapper: nil) { call in
            let request = DetachPoliciesFromUser.Request(
                userUuid: try call.pathParameter("userUuid", as: String.self),
                policyUuids: try call.required(
                    try call.queryParameters("policyUuids", as: String.self),
                    .queryParameter("policyUuids")
                ),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.detachPoliciesFromUser(request) }
        }
    }
}
