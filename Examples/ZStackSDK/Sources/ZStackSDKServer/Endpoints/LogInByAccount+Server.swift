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
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "logInByAccount"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var accountName: String?
            var password: String?
            var captchaUuid: String?
            var verifyCode: String?
            var clientInfo: [String: String]?
            var systemTags: [String]?
            var userTags: [String]?
            var accountType: String?

            private enum CodingKeys: String, CodingKey {
                case accountName = "accountName"
                case password = "password"
                case captchaUuid = "captchaUuid"
                case verifyCode = "verifyCode"
                case clientInfo = "clientInfo"
                case systemTags = "systemTags"
                case userTags = "userTags"
                case accountType = "accountType"
            }
        }
    }
}
