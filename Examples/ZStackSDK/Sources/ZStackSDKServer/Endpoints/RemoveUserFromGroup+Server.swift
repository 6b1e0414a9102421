import ZStackSDK

/// The server side of ``RemoveUserFromGroup``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/accounts/groups/{groupUuid}/users/{userUuid}`, asynchronous.
nonisolated enum RemoveUserFromGroupServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: RemoveUserFromGroup.operation, bodyWrapper: nil) { call in
            let request = RemoveUserFromGroup.Request(
                userUuid: try call.pathParameter("userUuid", as: String.self),
                groupUuid: try call.pathParameter("groupUuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.removeUserFromGroup(request) }
        }
    }
}
