import ZStackSDK

/// The server side of ``LogIn``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/login`, synchronous.
nonisolated enum LogInServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: LogIn.operation, bodyWrapper: "logIn") { call in
            let body = try call.decodeBody(Body.self)
            let request = LogIn.Request(
                username: try call.required(body.wrapped?.username, .bodyField("logIn.username")),
                password: try call.required(body.wrapped?.password, .bodyField("logIn.password")),
                loginType: try call.required(body.wrapped?.loginType, .bodyField("logIn.loginType")),
                captchaUuid: body.wrapped?.captchaUuid,
                verifyCode: body.wrapped?.verifyCode,
                clientInfo: body.wrapped?.clientInfo,
                properties: body.wrapped?.properties,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.logIn(request) }
        }
    }

    /// The JSON body of a request: `{"logIn": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "logIn")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let username: String?
            let password: String?
            let loginType: String?
            let captchaUuid: String?
            let verifyCode: String?
            let clientInfo: [String: String]?
            let properties: [String: String]?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.username = try object.optionalValue(String.self, forKey: "username")
                self.password = try object.optionalValue(String.self, forKey: "password")
                self.loginType = try object.optionalValue(String.self, forKey: "loginType")
                self.captchaUuid = try object.optionalValue(String.self, forKey: "captchaUuid")
                self.verifyCode = try object.optionalValue(String.self, forKey: "verifyCode")
                self.clientInfo = try object.optionalValue([String: String].self, forKey: "clientInfo")
                self.properties = try object.optionalValue([String: String].self, forKey: "properties")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
