import ZStackSDK

/// The server side of ``UpdateResourceConfig``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/resource-configurations/{category}/{name}/{resourceUuid}/actions`, asynchronous.
nonisolated enum UpdateResourceConfigServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateResourceConfig.operation, bodyWrapper: "updateResourceConfig") { call in
            let body = try call.decodeBody(Body.self)
            let request = UpdateResourceConfig.Request(
                category: try call.pathParameter("category", as: String.self),
                name: try call.pathParameter("name", as: String.self),
                resourceUuid: try call.pathParameter("resourceUuid", as: String.self),
                value: try call.required(body.wrapped?.value, .bodyField("updateResourceConfig.value")),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.updateResourceConfig(request) }
        }
    }

    /// The JSON body of a request: `{"updateResourceConfig": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "updateResourceConfig"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var value: String?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case value = "value"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
