import ZStackSDK

/// The server side of ``DeleteRole``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/identities/roles/{uuid}`, asynchronous.
nonisolated enum DeleteRoleServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DeleteRole.operation, bodyWrapper: nil) { call in
            let request = DeleteRole.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                deleteMode: try call.queryParameter("deleteMode", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.deleteRole(request) }
        }
    }
}
