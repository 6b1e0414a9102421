import ZStackSDK

/// The server side of ``UpdateDirectory``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/update/directory`, asynchronous.
nonisolated enum UpdateDirectoryServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateDirectory.operation, bodyWrapper: "updateDirectory") { call in
            let body = try call.decodeBody(Body.self)
            let request = UpdateDirectory.Request(
                uuid: try call.required(body.wrapped?.uuid, .bodyField("updateDirectory.uuid")),
                name: try call.required(body.wrapped?.name, .bodyField("updateDirectory.name")),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.updateDirectory(request) }
        }
    }

    /// The JSON body of a request: `{"updateDirectory": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "updateDirectory"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var uuid: String?
            var name: String?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case uuid = "uuid"
                case name = "name"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
