import ZStackSDK

/// The server side of ``UpdateAccount``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/accounts/{uuid}`, asynchronous.
nonisolated enum UpdateAccountServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateAccount.operation, bodyWrapper: "updateAccount") { call in
            let body = try call.decodeBody(Body.self)
            let request = UpdateAccount.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                password: body.wrapped?.password,
                name: body.wrapped?.name,
                description: body.wrapped?.description,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                oldPassword: body.wrapped?.oldPassword
            )
            return { try await handler.updateAccount(request) }
        }
    }

    /// The JSON body of a request: `{"updateAccount": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "updateAccount"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var password: String?
            var name: String?
            var description: String?
            var systemTags: [String]?
            var userTags: [String]?
            var oldPassword: String?

            private enum CodingKeys: String, CodingKey {
                case password = "password"
                case name = "name"
                case description = "description"
                case systemTags = "systemTags"
                case userTags = "userTags"
                case oldPassword = "oldPassword"
            }
        }
    }
}
