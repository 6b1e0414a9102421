import ZStackSDK

/// The server side of ``CreateRole``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/identities/roles`, asynchronous.
nonisolated enum CreateRoleServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateRole.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = CreateRole.Request(
                name: try call.required(body.wrapped?.name, .bodyField("params.name")),
                description: body.wrapped?.description,
                statements: body.wrapped?.statements,
                policyUuids: body.wrapped?.policyUuids,
                resourceUuid: body.wrapped?.resourceUuid,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                identity: body.wrapped?.identity,
                tagUuids: body.wrapped?.tagUuids
            )
            return { try await handler.createRole(request) }
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
            var name: String?
            var description: String?
            var statements: [PolicyStatement]?
            var policyUuids: [String]?
            var resourceUuid: String?
            var systemTags: [String]?
            var userTags: [String]?
            var identity: String?
            var tagUuids: [String]?

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case statements = "statements"
                case policyUuids = "policyUuids"
                case resourceUuid = "resourceUuid"
                case systemTags = "systemTags"
                case userTags = "userTags"
                case identity = "identity"
                case tagUuids = "tagUuids"
            }
        }
    }
}
