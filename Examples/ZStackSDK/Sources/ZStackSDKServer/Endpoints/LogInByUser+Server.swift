import ZStackSDK

/// The server side of ``LogInByUser``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/accounts/users/login`, synchronous.
nonisolated enum LogInByUserServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: LogInByUser.operation, bodyWrapper: "logInByUser") { call in
            let body = try call.decodeBody(Body.self)
            let request = LogInByUser.Request(
                userName: try call.required(body.wrapped?.userName, .bodyField("logInByUser.userName")),
                password: try call.required(body.wrapped?.password, .bodyField("logInByUser.password")),
                accountUuid: body.wrapped?.accountUuid,
                accountName: body.wrapped?.accountName,
                clientInfo: body.wrapped?.clientInfo,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.logInByUser(request) }
        }
    }

    /// The JSON body of a request: `{"logInByUser": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "logInByUser")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let accountUuid: String?
            let accountName: String?
            let userName: String?
            let password: String?
            let clientInfo: [String: String]?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.accountUuid = try object.optionalValue(String.self, forKey: "accountUuid")
                self.accountName = try object.optionalValue(String.self, forKey: "accountName")
                self.userName = try object.optionalValue(String.self, forKey: "userName")
                self.password = try object.optionalValue(String.self, forKey: "password")
                self.clientInfo = try object.optionalValue([String: String].self, forKey: "clientInfo")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
