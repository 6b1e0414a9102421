import ZStackSDK

/// The server side of ``UpdateUserGroup``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/accounts/groups/actions`, asynchronous.
nonisolated enum UpdateUserGroupServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateUserGroup.operation, bodyWrapper: "updateUserGroup") { call in
            let body = try call.decodeBody(Body.self)
            let request = UpdateUserGroup.Request(
                uuid: try call.required(body.wrapped?.uuid, .bodyField("updateUserGroup.uuid")),
                name: body.wrapped?.name,
                description: body.wrapped?.description,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.updateUserGroup(request) }
        }
    }

    /// The JSON body of a request: `{"updateUserGroup": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "updateUserGroup"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var uuid: String?
            var name: String?
            var description: String?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case uuid = "uuid"
                case name = "name"
                case description = "description"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
