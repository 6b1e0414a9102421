import ZStackSDK

/// The server side of ``UpdateWebhook``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/web-hooks/{uuid}`, asynchronous.
nonisolated enum UpdateWebhookServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateWebhook.operation, bodyWrapper: "updateWebhook") { call in
            let body = try call.decodeBody(Body.self)
            let request = UpdateWebhook.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                name: body.wrapped?.name,
                description: body.wrapped?.description,
                url: body.wrapped?.url,
                type: body.wrapped?.type,
                opaque: body.wrapped?.opaque,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.updateWebhook(request) }
        }
    }

    /// The JSON body of a request: `{"updateWebhook": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "updateWebhook"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var name: String?
            var description: String?
            var url: String?
            var type: String?
            var opaque: String?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case url = "url"
                case type = "type"
                case opaque = "opaque"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
