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
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "logIn"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var username: String?
            var password: String?
            var loginType: String?
            var captchaUuid: String?
            var verifyCode: String?
            var clientInfo: [String: String]?
            var properties: [String: String]?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case username = "username"
                case password = "password"
                case loginType = "loginType"
                case captchaUuid = "captchaUuid"
                case verifyCode = "verifyCode"
                case clientInfo = "clientInfo"
                case properties = "properties"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
