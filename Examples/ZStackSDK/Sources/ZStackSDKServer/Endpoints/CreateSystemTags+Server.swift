import ZStackSDK

/// The server side of ``CreateSystemTags``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/system-tags/{resourceUuid}/tags`, asynchronous.
nonisolated enum CreateSystemTagsServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateSystemTags.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = CreateSystemTags.Request(
                resourceUuid: try call.pathParameter("resourceUuid", as: String.self),
                resourceType: try call.required(body.wrapped?.resourceType, .bodyField("params.resourceType")),
                tags: try call.required(body.wrapped?.tags, .bodyField("params.tags")),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.createSystemTags(request) }
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
            var resourceType: String?
            var tags: [String]?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case resourceType = "resourceType"
                case tags = "tags"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
