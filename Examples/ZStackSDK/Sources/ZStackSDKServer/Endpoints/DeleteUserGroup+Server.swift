import ZStackSDK

/// The server side of ``DeleteUserGroup``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/accounts/groups/{uuid}`, asynchronous.
nonisolated enum DeleteUserGroupServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DeleteUserGroup.operation, bodyWrapper: nil) { call in
            let request = DeleteUserGroup.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                deleteMode: try call.queryParameter("deleteMode", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.deleteUserGroup(request) }
        }
    }
}
