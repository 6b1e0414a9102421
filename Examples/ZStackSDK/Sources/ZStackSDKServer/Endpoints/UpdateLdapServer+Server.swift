import ZStackSDK

/// The server side of ``UpdateLdapServer``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/ldap/servers/{ldapServerUuid}`, asynchronous.
nonisolated enum UpdateLdapServerServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateLdapServer.operation, bodyWrapper: "updateLdapServer") { call in
            let request = try call.decodeBody(wrapper: "updateLdapServer") { body in
                let name = try body.wrappedField(String.self, "name")
                let description = try body.wrappedField(String.self, "description")
                let url = try body.wrappedField(String.self, "url")
                let base = try body.wrappedField(String.self, "base")
                let username = try body.wrappedField(String.self, "username")
                let password = try body.wrappedField(String.self, "password")
                let encryption = try body.wrappedField(UpdateLdapServerEncryption.self, "encryption")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return UpdateLdapServer.Request(
                    ldapServerUuid: try call.pathParameter("ldapServerUuid", as: String.self),
                    name: name,
                    description: description,
                    url: url,
                    base: base,
                    username: username,
                    password: password,
                    encryption: encryption,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.updateLdapServer(request) }
        }
    }
}
