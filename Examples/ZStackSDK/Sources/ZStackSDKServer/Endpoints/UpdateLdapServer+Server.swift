import ZStackSDK

/// The server side of ``UpdateLdapServer``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/ldap/servers/{ldapServerUuid}`, asynchronous.
nonisolated enum UpdateLdapServerServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateLdapServer.operation, bodyWrapper: "updateLdapServer") { call in
            let body = try call.decodeBody(Body.self)
            let request = UpdateLdapServer.Request(
                ldapServerUuid: try call.pathParameter("ldapServerUuid", as: String.self),
                name: body.wrapped?.name,
                description: body.wrapped?.description,
                url: body.wrapped?.url,
                base: body.wrapped?.base,
                username: body.wrapped?.username,
                password: body.wrapped?.password,
                encryption: body.wrapped?.encryption,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.updateLdapServer(request) }
        }
    }

    /// The JSON body of a request: `{"updateLdapServer": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "updateLdapServer"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var name: String?
            var description: String?
            var url: String?
            var base: String?
            var username: String?
            var password: String?
            var encryption: UpdateLdapServerEncryption?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case url = "url"
                case base = "base"
                case username = "username"
                case password = "password"
                case encryption = "encryption"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
