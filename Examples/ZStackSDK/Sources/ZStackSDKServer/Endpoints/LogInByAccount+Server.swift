import ZStackSDK

/// The server side of ``LogInByAccount``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/accounts/login`, synchronous.
nonisolated enum LogInByAccountServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: LogInByAccount.operation, bodyWrapper: "logInByAccount") { call in
            let request = try call.decodeBody(wrapper: "logInByAccount") { body in
                let accountName = try body.wrappedField(String.self, "accountName")
                let password = try body.wrappedField(String.self, "password")
                let captchaUuid = try body.wrappedField(String.self, "captchaUuid")
                let verifyCode = try body.wrappedField(String.self, "verifyCode")
                let clientInfo = try body.wrappedField([String: String].self, "clientInfo")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let accountType = try body.wrappedField(String.self, "accountType")
                return LogInByAccount.Request(
                    accountName: try call.required(accountName, .bodyField("logInByAccount.accountName")),
                    password: try call.required(password, .bodyField("logInByAccount.password")),
                    captchaUuid: captchaUuid,
                    verifyCode: verifyCode,
                    clientInfo: clientInfo,
                    systemTags: systemTags,
                    userTags: userTags,
                    accountType: accountType
                )
            }
            return { try await handler.logInByAccount(request) }
        }
    }
}
