import ZStackSDK

/// The server side of ``LogInByAccount``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/accounts/login`, synchronous.
nonisolated enum LogInByAccountServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: LogInByAccount.operation, bodyWrapper: "logInByAccount") { call in
            let body = try call.decodeBody(Body.self)
            let request = LogInByAccount.Request(
                accountName: try call.required(body.wrapped?.accountName, .bodyField("logInByAccount.accountName")),
                password: try call.required(body.wrapped?.password, .bodyField("logInByAccount.password")),
                captchaUuid: body.wrapped?.captchaUuid,
                verifyCode: body.wrapped?.verifyCode,
                clientInfo: body.wrapped?.clientInfo,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                accountType: body.wrapped?.accountType
            )
            return { try await handler.logInByAccount(request) }
        }
    }

    /// The JSON body of a request: `{"logInByAccount": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "logInByAccount")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let accountName: String?
            let password: String?
            let captchaUuid: String?
            let verifyCode: String?
            let clientInfo: [String: String]?
            let systemTags: [String]?
            let userTags: [String]?
            let accountType: String?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.accountName = try object.optionalValue(String.self, forKey: "accountName")
                self.password = try object.optionalValue(String.self, forKey: "password")
                self.captchaUuid = try object.optionalValue(String.self, forKey: "captchaUuid")
                self.verifyCode = try object.optionalValue(String.self, forKey: "verifyCode")
                self.clientInfo = try object.optionalValue([String: String].self, forKey: "clientInfo")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
                self.accountType = try object.optionalValue(String.self, forKey: "accountType")
            }
        }
    }
}
