import ZStackSDK

/// The server side of ``LogInByLdap``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/ldap/login`, synchronous.
nonisolated enum LogInByLdapServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: LogInByLdap.operation, bodyWrapper: "logInByLdap") { call in
            let body = try call.decodeBody(Body.self)
            let request = LogInByLdap.Request(
                uid: try call.required(body.wrapped?.uid, .bodyField("logInByLdap.uid")),
                password: try call.required(body.wrapped?.password, .bodyField("logInByLdap.password")),
                verifyCode: body.wrapped?.verifyCode,
                captchaUuid: body.wrapped?.captchaUuid,
                clientInfo: body.wrapped?.clientInfo,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.logInByLdap(request) }
        }
    }

    /// The JSON body of a request: `{"logInByLdap": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "logInByLdap"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var uid: String?
            var password: String?
            var verifyCode: String?
            var captchaUuid: String?
            var clientInfo: [String: String]?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case uid = "uid"
                case password = "password"
                case verifyCode = "verifyCode"
                case captchaUuid = "captchaUuid"
                case clientInfo = "clientInfo"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
