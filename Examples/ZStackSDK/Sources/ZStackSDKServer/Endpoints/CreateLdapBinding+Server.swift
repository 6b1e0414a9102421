import ZStackSDK

/// The server side of ``CreateLdapBinding``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/ldap/bindings`, asynchronous.
nonisolated enum CreateLdapBindingServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateLdapBinding.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let ldapUid = try body.wrappedField(String.self, "ldapUid")
                let accountUuid = try body.wrappedField(String.self, "accountUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return CreateLdapBinding.Request(
                    ldapUid: try call.required(ldapUid, .bodyField("params.ldapUid")),
                    accountUuid: try call.required(accountUuid, .bodyField("params.accountUuid")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.createLdapBinding(request) }
        }
    }
}
