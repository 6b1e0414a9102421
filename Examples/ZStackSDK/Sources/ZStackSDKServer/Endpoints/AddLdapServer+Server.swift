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
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "params"
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
            var encryption: AddLdapServerEncryption?
            var systemTags: [String]?
            var userTags: [String]?
            var scope: AddLdapServerScope?

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
                case scope = "scope"
            }
        }
    }
}
