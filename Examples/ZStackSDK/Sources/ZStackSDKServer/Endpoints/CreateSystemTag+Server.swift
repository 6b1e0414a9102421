import ZStackSDK

/// The server side of ``CreateSystemTag``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/system-tags`, asynchronous.
nonisolated enum CreateSystemTagServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateSystemTag.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = CreateSystemTag.Request(
                resourceType: try call.required(body.wrapped?.resourceType, .bodyField("params.resourceType")),
                resourceUuid: try call.required(body.wrapped?.resourceUuid, .bodyField("params.resourceUuid")),
                tag: try call.required(body.wrapped?.tag, .bodyField("params.tag")),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.createSystemTag(request) }
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
            var resourceUuid: String?
            var tag: String?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case resourceType = "resourceType"
                case resourceUuid = "resourceUuid"
                case tag = "tag"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
