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
            let body = try call.decodeBody(Body.self)
            let request = CleanInvalidLdapBinding.Request(
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.cleanInvalidLdapBinding(request) }
        }
    }

    /// The JSON body of a request: `{"cleanInvalidLdapBinding": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "cleanInvalidLdapBinding"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
