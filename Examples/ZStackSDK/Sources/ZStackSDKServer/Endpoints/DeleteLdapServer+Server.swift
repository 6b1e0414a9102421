import ZStackSDK

/// The server side of ``DeleteLdapServer``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/ldap/servers/{uuid}`, asynchronous.
nonisolated enum DeleteLdapServerServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DeleteLdapServer.operation, bodyWrapper: nil) { call in
            let request = DeleteLdapServer.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                deleteMode: try call.queryParameter("deleteMode", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.deleteLdapServer(request) }
        }
    }
}
