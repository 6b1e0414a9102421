import ZStackSDK

/// The server side of ``AddLdapServer``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/ldap/servers`, asynchronous.
nonisolated enum AddLdapServerServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddLdapServer.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = AddLdapServer.Request(
                name: try call.required(body.wrapped?.name, .bodyField("params.name")),
                url: try call.required(body.wrapped?.url, .bodyField("params.url")),
                base: try call.required(body.wrapped?.base, .bodyField("params.base")),
                username: try call.required(body.wrapped?.username, .bodyField("params.username")),
                password: try call.required(body.wrapped?.password, .bodyField("params.password")),
                encryption: try call.required(body.wrapped?.encryption, .bodyField("params.encryption")),
                scope: try call.required(body.wrapped?.scope, .bodyField("params.scope")),
                description: body.wrapped?.description,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.addLdapServer(request) }
        }
    }

    /// The JSON body of a request: `{"params": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "params")
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
            let encryption: AddLdapServerEncryption?
            let systemTags: [String]?
            let userTags: [String]?
            let scope: AddLdapServerScope?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.name = try object.optionalValue(String.self, forKey: "name")
                self.description = try object.optionalValue(String.self, forKey: "description")
                self.url = try object.optionalValue(String.self, forKey: "url")
                self.base = try object.optionalValue(String.self, forKey: "base")
                self.username = try object.optionalValue(String.self, forKey: "username")
                self.password = try object.optionalValue(String.self, forKey: "password")
                self.encryption = try object.optionalValue(AddLdapServerEncryption.self, forKey: "encryption")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
                self.scope = try object.optionalValue(AddLdapServerScope.self, forKey: "scope")
            }
        }
    }
}
