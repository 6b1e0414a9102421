import ZStackSDK

/// The server side of ``AddPolicyStatementsToRole``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/identities/roles/{uuid}/policy-statements`, asynchronous.
nonisolated enum AddPolicyStatementsToRoleServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddPolicyStatementsToRole.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = AddPolicyStatementsToRole.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                statements: try call.required(body.wrapped?.statements, .bodyField("params.statements")),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.addPolicyStatementsToRole(request) }
        }
    }

    /// The JSON body of a request: `{"params": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "params"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var statements: [PolicyStatement]?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case statements = "statements"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
