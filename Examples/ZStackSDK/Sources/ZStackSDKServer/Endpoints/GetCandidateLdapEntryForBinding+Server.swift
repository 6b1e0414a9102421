import ZStackSDK

/// The server side of ``GetCandidateLdapEntryForBinding``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/ldap/entries/candidates`, synchronous.
nonisolated enum GetCandidateLdapEntryForBindingServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetCandidateLdapEntryForBinding.operation, bodyWrapper: nil) { call in
            let request = GetCandidateLdapEntryForBinding.Request(
                ldapFilter: try call.required(
                    try call.queryParameter("ldapFilter", as: String.self),
                    .queryParameter("ldapFilter")
                ),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self),
                limit: try call.queryParameter("limit", as: Int.self)
            )
            return { try await handler.getCandidateLdapEntryForBinding(request) }
        }
    }
}
