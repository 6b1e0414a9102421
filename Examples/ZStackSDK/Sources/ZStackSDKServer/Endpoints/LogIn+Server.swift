import ZStackSDK

/// The server side of ``LogIn``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/login`, synchronous.
nonisolated enum LogInServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: LogIn.operation, bodyWrapper: "logIn") { call in
            let request = try call.decodeBody(wrapper: "logIn") { body in
                let username = try body.wrappedField(String.self, "username")
                let password = try body.wrappedField(String.self, "password")
                let loginType = try body.wrappedField(String.self, "loginType")
                let captchaUuid = try body.wrappedField(String.self, "captchaUuid")
                let verifyCode = try body.wrappedField(String.self, "verifyCode")
                let clientInfo = try body.wrappedField([String: String].self, "clientInfo")
                let properties = try body.wrappedField([String: String].self, "properties")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return LogIn.Request(
                    username: try call.required(username, .bodyField("logIn.username")),
                    password: try call.required(password, .bodyField("logIn.password")),
                    loginType: try call.required(loginType, .bodyField("logIn.loginType")),
                    captchaUuid: captchaUuid,
                    verifyCode: verifyCode,
                    clientInfo: clientInfo,
                    properties: properties,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.logIn(request) }
        }
    }
}
