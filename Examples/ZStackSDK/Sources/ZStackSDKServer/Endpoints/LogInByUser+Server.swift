import ZStackSDK

/// The server side of ``LogInByUser``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/accounts/users/login`, synchronous.
nonisolated enum LogInByUserServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: LogInByUser.operation, bodyWrapper: "logInByUser") { call in
            let request = try call.decodeBody(wrapper: "logInByUser") { body in
                let userName = try body.wrappedField(String.self, "userName")
                let password = try body.wrappedField(String.self, "password")
                let accountUuid = try body.wrappedField(String.self, "accountUuid")
                let accountName = try body.wrappedField(String.self, "accountName")
                let clientInfo = try body.wrappedField([String: String].self, "clientInfo")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return LogInByUser.Request(
                    userName: try call.required(userName, .bodyField("logInByUser.userName")),
                    password: try call.required(password, .bodyField("logInByUser.password")),
                    accountUuid: accountUuid,
                    accountName: accountName,
                    clientInfo: clientInfo,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.logInByUser(request) }
        }
    }
}
