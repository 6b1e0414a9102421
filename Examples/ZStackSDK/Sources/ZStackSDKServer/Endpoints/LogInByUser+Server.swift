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
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "logInByUser"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var accountUuid: String?
            var accountName: String?
            var userName: String?
            var password: String?
            var clientInfo: [String: String]?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case accountUuid = "accountUuid"
                case accountName = "accountName"
                case userName = "userName"
                case password = "password"
                case clientInfo = "clientInfo"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
