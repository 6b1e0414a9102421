import ZStackSDK

/// The server side of ``LogInByLdap``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/ldap/login`, synchronous.
nonisolated enum LogInByLdapServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: LogInByLdap.operation, bodyWrapper: "logInByLdap") { call in
            let request = try call.decodeBody(wrapper: "logInByLdap") { body in
                let uid = try body.wrappedField(String.self, "uid")
                let password = try body.wrappedField(String.self, "password")
                let verifyCode = try body.wrappedField(String.self, "verifyCode")
                let captchaUuid = try body.wrappedField(String.self, "captchaUuid")
                let clientInfo = try body.wrappedField([String: String].self, "clientInfo")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return LogInByLdap.Request(
                    uid: try call.required(uid, .bodyField("logInByLdap.uid")),
                    password: try call.required(password, .bodyField("logInByLdap.password")),
                    verifyCode: verifyCode,
                    captchaUuid: captchaUuid,
                    clientInfo: clientInfo,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.logInByLdap(request) }
        }
    }
}
