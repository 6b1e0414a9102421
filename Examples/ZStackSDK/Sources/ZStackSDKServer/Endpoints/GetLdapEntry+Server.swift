import ZStackSDK

/// The server side of ``GetLdapEntry``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/ldap/entry`, synchronous.
nonisolated enum GetLdapEntryServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetLdapEntry.operation, bodyWrapper: nil) { call in
            let request = GetLdapEntry.Request(
                ldapFilter: try call.required(
                    try call.queryParameter("ldapFilter", as: String.self),
                    .queryParameter("ldapFilter")
                ),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self),
                limit: try call.queryParameter("limit", as: Int.self),
                ldapServerUuid: try call.queryParameter("ldapServerUuid", as: String.self)
            )
            return { try await handler.getLdapEntry(request) }
        }
    }
}
