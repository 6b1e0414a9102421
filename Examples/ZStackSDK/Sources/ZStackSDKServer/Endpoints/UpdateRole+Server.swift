import ZStackSDK

/// The server side of ``UpdateRole``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/identities/roles/{uuid}/actions`, asynchronous.
nonisolated enum UpdateRoleServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateRole.operation, bodyWrapper: "updateRole") { call in
            let body = try call.decodeBody(Body.self)
            let request = UpdateRole.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                name: body.wrapped?.name,
                description: body.wrapped?.description,
                statements: body.wrapped?.statements,
                policyUuids: body.wrapped?.policyUuids,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.updateRole(request) }
        }
    }

    /// The JSON body of a request: `{"updateRole": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "updateRole"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var name: String?
            var description: String?
            var statements: [PolicyStatement]?
            var policyUuids: [String]?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case statements = "statements"
                case policyUuids = "policyUuids"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
