import FixtureAPI

/// The server side of ``LogInByAccount``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/accounts/login`, synchronous.
nonisolated enum LogInByAccountServerEndpoint: FixtureServerEndpointDefinition {
    static func endpoint(calling handler: some FixtureAPIHandler) -> FixtureServerEndpoint {
        FixtureServerEndpoint(operation: LogInByAccount.operation, bodyWrapper: "logInByAccount") { call in
            let request = try call.decodeBody(wrapper: "logInByAccount") { body in
                let accountName = try body.wrappedField(String.self, "accountName")
                let password = try body.wrappedField(String.self, "password")
                return LogInByAccount.Request(
                    accountName: try call.required(accountName, .bodyField("logInByAccount.accountName")),
                    password: try call.required(password, .bodyField("logInByAccount.password"))
                )
            }
            return { try await handler.logInByAccount(request) }
        }
    }
}
