import ZStackSDK

/// The server side of ``UpdateUser``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/accounts/users/actions`, asynchronous.
nonisolated enum UpdateUserServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateUser.operation, bodyWrapper: "updateUser") { call in
            let body = try call.decodeBody(Body.self)
            let request = UpdateUser.Request(
                uuid: body.wrapped?.uuid,
                password: body.wrapped?.password,
                name: body.wrapped?.name,
                description: body.wrapped?.description,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                oldPassword: body.wrapped?.oldPassword
            )
            return { try await handler.updateUser(request) }
        }
    }

    /// The JSON body of a request: `{"updateUser": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "updateUser"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var uuid: String?
            var password: String?
            var name: String?
            var description: String?
            var systemTags: [String]?
            var userTags: [String]?
            var oldPassword: String?

            private enum CodingKeys: String, CodingKey {
                case uuid = "uuid"
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
