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
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "updateLdapServer")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let name: String?
            let description: String?
            let url: String?
            let base: String?
            let username: String?
            let password: String?
            let encryption: UpdateLdapServerEncryption?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.name = try object.optionalValue(String.self, forKey: "name")
                self.description = try object.optionalValue(String.self, forKey: "description")
                self.url = try object.optionalValue(String.self, forKey: "url")
                self.base = try object.optionalValue(String.self, forKey: "base")
                self.username = try object.optionalValue(String.self, forKey: "username")
                self.password = try object.optionalValue(String.self, forKey: "password")
                self.encryption = try object.optionalValue(UpdateLdapServerEncryption.self, forKey: "encryption")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
