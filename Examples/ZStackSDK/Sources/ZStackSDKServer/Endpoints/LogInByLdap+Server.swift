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
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "logInByLdap")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let uid: String?
            let password: String?
            let verifyCode: String?
            let captchaUuid: String?
            let clientInfo: [String: String]?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.uid = try object.optionalValue(String.self, forKey: "uid")
                self.password = try object.optionalValue(String.self, forKey: "password")
                self.verifyCode = try object.optionalValue(String.self, forKey: "verifyCode")
                self.captchaUuid = try object.optionalValue(String.self, forKey: "captchaUuid")
                self.clientInfo = try object.optionalValue([String: String].self, forKey: "clientInfo")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
