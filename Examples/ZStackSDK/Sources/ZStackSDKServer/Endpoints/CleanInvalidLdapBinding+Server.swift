import ZStackSDK

/// The server side of ``CleanInvalidLdapBinding``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/ldap/bindings/actions`, asynchronous.
nonisolated enum CleanInvalidLdapBindingServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: CleanInvalidLdapBinding.operation,
            bodyWrapper: "cleanInvalidLdapBinding"
        ) { call in
            let request = try call.decodeBody(wrapper: "cleanInvalidLdapBinding") { body in
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return CleanInvalidLdapBinding.Request(systemTags: systemTags, userTags: userTags)
            }
            return { try await handler.cleanInvalidLdapBinding(request) }
        }
    }
}
