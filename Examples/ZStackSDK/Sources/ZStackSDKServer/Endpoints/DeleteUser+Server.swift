import ZStackSDK

/// The server side of ``DeleteUser``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/accounts/users/{uuid}`, asynchronous.
nonisolated enum DeleteUserServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DeleteUser.operation, bodyWrapper: nil) { call in
            let request = DeleteUser.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                deleteMode: try call.queryParameter("deleteMode", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.deleteUser(request) }
        }
    }
}
