import ZStackSDK

/// The server side of ``AddLdapServer``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/ldap/servers`, asynchronous.
nonisolated enum AddLdapServerServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddLdapServer.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let name = try body.wrappedField(String.self, "name")
                let url = try body.wrappedField(String.self, "url")
                let base = try body.wrappedField(String.self, "base")
                let username = try body.wrappedField(String.self, "username")
                let password = try body.wrappedField(String.self, "password")
                let encryption = try body.wrappedField(AddLdapServerEncryption.self, "encryption")
                let scope = try body.wrappedField(AddLdapServerScope.self, "scope")
                let description = try body.wrappedField(String.self, "description")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return AddLdapServer.Request(
                    name: try call.required(name, .bodyField("params.name")),
                    url: try call.required(url, .bodyField("params.url")),
                    base: try call.required(base, .bodyField("params.base")),
                    username: try call.required(username, .bodyField("params.username")),
                    password: try call.required(password, .bodyField("params.password")),
                    encryption: try call.required(encryption, .bodyField("params.encryption")),
                    scope: try call.required(scope, .bodyField("params.scope")),
                    description: description,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.addLdapServer(request) }
        }
    }
}
