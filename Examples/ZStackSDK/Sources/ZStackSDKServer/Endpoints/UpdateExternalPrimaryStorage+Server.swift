import ZStackSDK

/// The server side of ``UpdateExternalPrimaryStorage``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/primary-storage/addon/{uuid}/actions`, asynchronous.
nonisolated enum UpdateExternalPrimaryStorageServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: UpdateExternalPrimaryStorage.operation,
            bodyWrapper: "updateExternalPrimaryStorage"
        ) { call in
            let body = try call.decodeBody(Body.self)
            let request = UpdateExternalPrimaryStorage.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                config: body.wrapped?.config,
                defaultProtocol: body.wrapped?.defaultProtocol,
                name: body.wrapped?.name,
                description: body.wrapped?.description,
                url: body.wrapped?.url,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.updateExternalPrimaryStorage(request) }
        }
    }

    /// The JSON body of a request: `{"updateExternalPrimaryStorage": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "updateExternalPrimaryStorage"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var config: String?
            var defaultProtocol: UpdateExternalPrimaryStorageDefaultProtocol?
            var name: String?
            var description: String?
            var url: String?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case config = "config"
                case defaultProtocol = "defaultProtocol"
                case name = "name"
                case description = "description"
                case url = "url"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
