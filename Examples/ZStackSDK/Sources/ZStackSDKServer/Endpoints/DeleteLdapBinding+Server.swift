import ZStackSDK

/// The server side of ``DeleteLdapBinding``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/ldap/bindings/{uuid}`, asynchronous.
nonisolated enum DeleteLdapBindingServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DeleteLdapBinding.operation, bodyWrapper: nil) { call in
            let request = DeleteLdapBinding.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.deleteLdapBinding(request) }
        }
    }
}
