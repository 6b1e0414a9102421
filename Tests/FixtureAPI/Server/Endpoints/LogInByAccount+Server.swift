import FixtureAPI

/// The server side of ``LogInByAccount``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/accounts/login`, synchronous.
nonisolated enum LogInByAccountServerEndpoint: FixtureServerEndpointDefinition {
    static func endpoint(calling handler: some FixtureAPIHandler) -> FixtureServerEndpoint {
        FixtureServerEndpoint(operation: LogInByAccount.operation, bodyWrapper: "logInByAccount") { call in
            let body = try call.decodeBody(Body.self)
            let request = LogInByAccount.Request(
                accountName: try call.required(body.wrapped?.accountName, .bodyField("logInByAccount.accountName")),
                password: try call.required(body.wrapped?.password, .bodyField("logInByAccount.password"))
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

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: FixtureServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "logInByAccount")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let accountName: String?
            let password: String?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: FixtureServerCodingKey.self)
                self.accountName = try object.optionalValue(String.self, forKey: "accountName")
                self.password = try object.optionalValue(String.self, forKey: "password")
            }
        }
    }
}
